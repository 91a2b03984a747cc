; Inno Setup script: installs the PyInstaller bundle (dist\overleg) for the current user,
; without administrator rights, with a Start-menu entry, the icon and an uninstaller.
;
;   make package                      (on Windows: pyinstaller packaging\overleg.spec)
;   python packaging\make_icons.py
;   iscc packaging\windows\overleg.iss   -> dist\Overleg-0.1.0-setup.exe
;
; The bundle holds overleg.exe (the app) and overleg-cli.exe (the command line).
; The user's database is not in the install folder (it lives in %LOCALAPPDATA%\Overleg),
; so uninstalling never removes anyone's records.

#define AppName "Overleg"
#define AppVersion "0.1.0"
#define Root "..\.."

[Setup]
AppId={{6C3276AF-8B36-4230-9F0E-7CBE51E5214C}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Overleg
DefaultDirName={userpf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir={#Root}\dist
OutputBaseFilename=Overleg-{#AppVersion}-setup
SetupIconFile={#Root}\build\icons\overleg.ico
UninstallDisplayIcon={app}\overleg.exe
UninstallDisplayName={#AppName}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\dist\overleg\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "{#Root}\build\icons\overleg.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{userprograms}\{#AppName}"; Filename: "{app}\overleg.exe"; IconFilename: "{app}\overleg.ico"
Name: "{userprograms}\{#AppName} verwijderen"; Filename: "{uninstallexe}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\overleg.exe"; IconFilename: "{app}\overleg.ico"; Tasks: desktopicon

[Run]
Filename: "{app}\overleg.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
