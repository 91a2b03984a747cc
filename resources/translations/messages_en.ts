<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
    <context>
        <name>messages</name>
        <message>
            <source>%1 heeft '%2' open; herstellen kan pas als niemand anders het bestand gebruikt.</source>
            <translation>%1 has '%2' open; restoring is possible only when nobody else uses the file.</translation>
        </message>
        <message>
            <source>%1 heeft geen openstaande actiepunten.</source>
            <translation>%1 has no open follow-ups.</translation>
        </message>
        <message>
            <source>%1 heeft in %2 geen vergaderingen; er is geen agendabestand geschreven.</source>
            <translation>%1 has no meetings in %2; no calendar file was written.</translation>
        </message>
        <message>
            <source>%1 voert geen OOGO-procedure; maak er eerst een.</source>
            <translation>%1 runs no OOGO procedure; create one first.</translation>
        </message>
        <message>
            <source>'%1' bestaat al; kies een nieuw bestand voor de voorbeelddatabase.</source>
            <translation>'%1' already exists; choose a new file for the example database.</translation>
        </message>
        <message>
            <source>'%1' bestaat al; kies een nieuwe bestandsnaam.</source>
            <translation>'%1' already exists; choose a new file name.</translation>
        </message>
        <message>
            <source>'%1' bestaat al; kies een nieuwe naam voor de reservekopie.</source>
            <translation>'%1' already exists; choose a new name for the backup.</translation>
        </message>
        <message>
            <source>'%1' bestaat al; kies een nieuwe naam voor het archief.</source>
            <translation>'%1' already exists; choose a new name for the archive.</translation>
        </message>
        <message>
            <source>'%1' bevat een DTD, wat Excel nooit schrijft; open het in Excel en sla het opnieuw op.</source>
            <translation>'%1' contains a DTD, which Excel never writes; open it in Excel and save it again.</translation>
        </message>
        <message>
            <source>'%1' bevat een XML-definitie (DTD) die Word nooit schrijft; er is niets opgeslagen.</source>
            <translation>'%1' contains an XML definition (DTD) that Word never writes; nothing was saved.</translation>
        </message>
        <message>
            <source>'%1' bevat een onderdeel dat uitgepakt groter is dan %2 MB, de grens voor %3.</source>
            <translation>'%1' holds a part larger than %2 MB when unpacked, the limit for %3.</translation>
        </message>
        <message>
            <source>'%1' bevat een stuk dat groter is dan toegestaan; er is niets veranderd.</source>
            <translation>'%1' contains a document larger than allowed; nothing was changed.</translation>
        </message>
        <message>
            <source>'%1' bevat gegevens die Overleg niet kan inlezen (%2); er is niets veranderd.</source>
            <translation>'%1' holds data that Overleg cannot read (%2); nothing was changed.</translation>
        </message>
        <message>
            <source>'%1' bevat meer dan %2 onderdelen, de grens voor %3.</source>
            <translation>'%1' holds more than %2 parts, the limit for %3.</translation>
        </message>
        <message>
            <source>'%1' heeft meer dan %2 regels; dat is geen actielijst.</source>
            <translation>'%1' has more than %2 rows; that is not an action list.</translation>
        </message>
        <message>
            <source>'%1' heeft vergaderingen en kan daarom niet worden verwijderd.</source>
            <translation>'%1' has meetings and therefore cannot be deleted.</translation>
        </message>
        <message>
            <source>'%1' hoort niet bij een procedure.</source>
            <translation>'%1' does not belong to a procedure.</translation>
        </message>
        <message>
            <source>'%1' in het koppelbestand is geen veld; gebruik actiepunt, eigenaar, termijn, vergadering of status.</source>
            <translation>'%1' in the mapping file is not a field; use actiepunt, eigenaar, termijn, vergadering or status.</translation>
        </message>
        <message>
            <source>'%1' is beschadigd (een onderdeel klopt niet met zijn controlegetal); er is niets veranderd.</source>
            <translation>'%1' is damaged (a part does not match its checksum); nothing was changed.</translation>
        </message>
        <message>
            <source>'%1' is beschadigd en kan niet worden geopend; open een reservekopie.</source>
            <translation>'%1' is damaged and cannot be opened; open a backup.</translation>
        </message>
        <message>
            <source>'%1' is bezet door een ander programma; probeer het zo opnieuw.</source>
            <translation>'%1' is in use by another program; try again in a moment.</translation>
        </message>
        <message>
            <source>'%1' is dieper genest dan %2 niveaus, de grens voor JSON-bestanden.</source>
            <translation>'%1' is nested deeper than %2 levels, the limit for JSON files.</translation>
        </message>
        <message>
            <source>'%1' is dieper genest dan %2 niveaus, de grens voor een schemabestand.</source>
            <translation>'%1' is nested deeper than %2 levels, the limit for a schema file.</translation>
        </message>
        <message>
            <source>'%1' is een SQLite-bestand van een ander programma, geen Overleg-database.</source>
            <translation>'%1' is another program's SQLite file, not an Overleg database.</translation>
        </message>
        <message>
            <source>'%1' is een beschadigd Word-document; er is niets opgeslagen.</source>
            <translation>'%1' is a damaged Word document; nothing was saved.</translation>
        </message>
        <message>
            <source>'%1' is een beschadigd of versleuteld bestand dat niet te lezen is; er is niets opgeslagen.</source>
            <translation>'%1' is a damaged or encrypted file that cannot be read; nothing was saved.</translation>
        </message>
        <message>
            <source>'%1' is een beschadigde PDF die niet te lezen is; er is niets opgeslagen.</source>
            <translation>'%1' is a damaged PDF that cannot be read; nothing was saved.</translation>
        </message>
        <message>
            <source>'%1' is een geschil; kies de procedure zelf.</source>
            <translation>'%1' is a dispute; choose the procedure itself.</translation>
        </message>
        <message>
            <source>'%1' is een map, geen Overleg-database.</source>
            <translation>'%1' is a folder, not an Overleg database.</translation>
        </message>
        <message>
            <source>'%1' is een versleutelde PDF (met wachtwoord); sla hem eerst zonder wachtwoord op. Er is niets opgeslagen.</source>
            <translation>'%1' is an encrypted PDF (with a password); save it without a password first. Nothing was saved.</translation>
        </message>
        <message>
            <source>'%1' is geen (volledig) archief van Overleg.</source>
            <translation>'%1' is not a (complete) Overleg archive.</translation>
        </message>
        <message>
            <source>'%1' is geen (volledig) uitwisselingspakket van Overleg; er is niets veranderd.</source>
            <translation>'%1' is not a (complete) Overleg exchange package; nothing was changed.</translation>
        </message>
        <message>
            <source>'%1' is geen .xlsx- of .csv-bestand; sla de lijst in Excel op als Excel-werkmap (.xlsx) of CSV.</source>
            <translation>'%1' is not an .xlsx or .csv file; save the list in Excel as an Excel workbook (.xlsx) or CSV.</translation>
        </message>
        <message>
            <source>'%1' is geen Overleg-database en wordt niet overschreven; kies het juiste databasebestand.</source>
            <translation>'%1' is not an Overleg database and is not overwritten; choose the right database file.</translation>
        </message>
        <message>
            <source>'%1' is geen Overleg-database.</source>
            <translation>'%1' is not an Overleg database.</translation>
        </message>
        <message>
            <source>'%1' is geen UTF-8: regel %2 bevat een teken dat zo niet te lezen is; sla de lijst in Excel op als 'CSV UTF-8' of geef de tekencodering op (bijvoorbeeld --encoding cp1252).</source>
            <translation>'%1' is not UTF-8: line %2 holds a character that cannot be read that way; save the list in Excel as 'CSV UTF-8' or name the encoding (for example --encoding cp1252).</translation>
        </message>
        <message>
            <source>'%1' is geen bestand dat gelezen kan worden.</source>
            <translation>'%1' is not a file that can be read.</translation>
        </message>
        <message>
            <source>'%1' is geen datum met tijd; schrijf bijvoorbeeld '2027-02-10 14:00'.</source>
            <translation>'%1' is not a date with a time; write for example '2027-02-10 14:00'.</translation>
        </message>
        <message>
            <source>'%1' is geen geldig e-mailadres; schrijf alleen het adres, zoals i.bos@gemeente.nl.</source>
            <translation>'%1' is not a valid e-mail address; write the address only, such as i.bos@gemeente.nl.</translation>
        </message>
        <message>
            <source>'%1' is geen geldige UUID.</source>
            <translation>'%1' is not a valid UUID.</translation>
        </message>
        <message>
            <source>'%1' is geen geldige dag (MM-DD) in stap %2.</source>
            <translation>'%1' is not a valid day (MM-DD) in step %2.</translation>
        </message>
        <message>
            <source>'%1' is geen geldige datum; schrijf bijvoorbeeld 2013-09-19.</source>
            <translation>'%1' is not a valid date; write for example 2013-09-19.</translation>
        </message>
        <message>
            <source>'%1' is geen geschil over een agendapunt.</source>
            <translation>'%1' is not a dispute about an agenda item.</translation>
        </message>
        <message>
            <source>'%1' is geen geschil.</source>
            <translation>'%1' is not a dispute.</translation>
        </message>
        <message>
            <source>'%1' is geen leesbaar proceduresjabloon (%2).</source>
            <translation>'%1' is not a readable procedure template (%2).</translation>
        </message>
        <message>
            <source>'%1' is geen leesbaar schemabestand (%2).</source>
            <translation>'%1' is not a readable schema file (%2).</translation>
        </message>
        <message>
            <source>'%1' is geen leesbare Excel-werkmap.</source>
            <translation>'%1' is not a readable Excel workbook.</translation>
        </message>
        <message>
            <source>'%1' is geen reservekopie van Overleg.</source>
            <translation>'%1' is not an Overleg backup.</translation>
        </message>
        <message>
            <source>'%1' is gemaakt met een nieuwere versie van Overleg; werk Overleg bij om het in te lezen.</source>
            <translation>'%1' was made with a newer version of Overleg; update Overleg to read it.</translation>
        </message>
        <message>
            <source>'%1' is gemaakt met een nieuwere versie van Overleg; werk Overleg bij om het te openen.</source>
            <translation>'%1' was made with a newer version of Overleg; update Overleg to open it.</translation>
        </message>
        <message>
            <source>'%1' is groter dan %2 KB, de grens voor een koppelbestand.</source>
            <translation>'%1' is larger than %2 KB, the limit for a mapping file.</translation>
        </message>
        <message>
            <source>'%1' is groter dan %2 MB, de grens voor een CSV-bestand.</source>
            <translation>'%1' is larger than %2 MB, the limit for a CSV file.</translation>
        </message>
        <message>
            <source>'%1' is groter dan %2 MB, de grens voor een stuk.</source>
            <translation>'%1' is larger than %2 MB, the limit for a document.</translation>
        </message>
        <message>
            <source>'%1' is groter dan %2 MB, de grens voor een stuk; voeg een kleinere versie toe.</source>
            <translation>'%1' is larger than %2 MB, the limit for a document; add a smaller version.</translation>
        </message>
        <message>
            <source>'%1' is leeg en (nog) geen Overleg-database; kies een nieuwe bestandsnaam of verwijder het lege bestand.</source>
            <translation>'%1' is empty and not (yet) an Overleg database; choose a new file name or delete the empty file.</translation>
        </message>
        <message>
            <source>'%1' is leeg; er is niets om een reservekopie van te maken.</source>
            <translation>'%1' is empty; there is nothing to back up.</translation>
        </message>
        <message>
            <source>'%1' is leeg; het is (nog) geen Overleg-database.</source>
            <translation>'%1' is empty; it is not (yet) an Overleg database.</translation>
        </message>
        <message>
            <source>'%1' is te groot voor een bespreekpuntenschema.</source>
            <translation>'%1' is too large for a talking-points schema.</translation>
        </message>
        <message>
            <source>'%1' is te groot voor een proceduresjabloon.</source>
            <translation>'%1' is too large for a procedure template.</translation>
        </message>
        <message>
            <source>'%1' is uitgepakt groter dan %2 MB, de grens voor %3.</source>
            <translation>'%1' is larger than %2 MB when unpacked, the limit for %3.</translation>
        </message>
        <message>
            <source>'%1' kan niet worden gelezen (%2).</source>
            <translation>'%1' cannot be read (%2).</translation>
        </message>
        <message>
            <source>'%1' kan niet worden gelezen (geen toegang).</source>
            <translation>'%1' cannot be read (no access).</translation>
        </message>
        <message>
            <source>'%1' kan niet worden geopend om te schrijven (alleen-lezen of geen toegang).</source>
            <translation>'%1' cannot be opened for writing (read-only or no access).</translation>
        </message>
        <message>
            <source>'%1' kan niet worden opgeslagen (%2).</source>
            <translation>'%1' cannot be saved (%2).</translation>
        </message>
        <message>
            <source>'%1' kan pas worden afgerond na '%2'.</source>
            <translation>'%1' can only be done after '%2'.</translation>
        </message>
        <message>
            <source>'%1' komt voor bij personen, actiepunten of procedures en kan daarom niet worden verwijderd; archiveer in plaats daarvan.</source>
            <translation>'%1' appears with people, follow-ups or procedures and therefore cannot be deleted; archive instead.</translation>
        </message>
        <message>
            <source>'%1' komt voor in vergaderingen, lidmaatschappen of actiepunten en kan daarom niet worden verwijderd; archiveer in plaats daarvan.</source>
            <translation>'%1' appears in meetings, memberships or follow-ups and therefore cannot be deleted; archive instead.</translation>
        </message>
        <message>
            <source>'%1' mist het stuk met controlecode %2…; er is niets veranderd.</source>
            <translation>'%1' lacks the document with checksum %2…; nothing was changed.</translation>
        </message>
        <message>
            <source>'%1' pakt uit tot veel meer dan het zelf groot is (een zogenaamde zip-bom); er is niets opgeslagen.</source>
            <translation>'%1' unpacks to far more than its own size (a so-called zip bomb); nothing was saved.</translation>
        </message>
        <message>
            <source>'%1' past niet bij de gegevens hier (%2); er is niets veranderd.</source>
            <translation>'%1' does not fit the records here (%2); nothing was changed.</translation>
        </message>
        <message>
            <source>'%1' voert geen OOGO-procedure; bekend: %2.</source>
            <translation>'%1' runs no OOGO procedure; known: %2.</translation>
        </message>
        <message>
            <source>'%1' wordt nog gecontroleerd; wijzigingen kunnen worden opgeslagen zodra die controle klaar is.</source>
            <translation>'%1' is still being checked; changes can be saved as soon as that check is done.</translation>
        </message>
        <message>
            <source>'koprij' in het koppelbestand moet een positief getal zijn (het regelnummer van de kopregel), niet %1.</source>
            <translation>'koprij' in the mapping file must be a positive number (the line number of the header row), not %1.</translation>
        </message>
        <message>
            <source>--title geldt voor één bestand; voeg meerdere bestanden zonder --title toe (de titel wordt dan de bestandsnaam).</source>
            <translation>--title applies to one file; add several files without --title (the title is then the file name).</translation>
        </message>
        <message>
            <source>Agendapunt '%1' heeft niet de uitkomst geschil; leg die eerst vast.</source>
            <translation>Agenda item '%1' does not have the outcome dispute; record that first.</translation>
        </message>
        <message>
            <source>Alleen de nieuwste versie van een stuk kan worden vervangen.</source>
            <translation>Only the newest version of a document can be replaced.</translation>
        </message>
        <message>
            <source>Alleen een conceptverslag kan worden vastgesteld.</source>
            <translation>Only draft minutes can be adopted.</translation>
        </message>
        <message>
            <source>Alleen een vastgesteld verslag kan worden heropend.</source>
            <translation>Only adopted minutes can be reopened.</translation>
        </message>
        <message>
            <source>Beschrijf de uitkomst van het geschil.</source>
            <translation>Describe the result of the dispute.</translation>
        </message>
        <message>
            <source>De %1 '%2' mag geen / \ : * ? " &lt; &gt; | of stuurtekens bevatten.</source>
            <translation>The %1 '%2' may not contain / \ : * ? " &lt; &gt; | or control characters.</translation>
        </message>
        <message>
            <source>De agenda is niet leeg; de standaardagenda wordt alleen op een lege agenda gezet.</source>
            <translation>The agenda is not empty; the standard agenda is only put on an empty agenda.</translation>
        </message>
        <message>
            <source>De code '%1' is al in gebruik door een ander overlegorgaan.</source>
            <translation>The code '%1' is already used by another body.</translation>
        </message>
        <message>
            <source>De code '%1' komt twee keer voor als %2.</source>
            <translation>The code '%1' occurs twice as %2.</translation>
        </message>
        <message>
            <source>De controlecode (SHA-256) van het stuk is ongeldig.</source>
            <translation>The document's checksum (SHA-256) is invalid.</translation>
        </message>
        <message>
            <source>De gedeelde map '%1' bestaat niet of is niet bereikbaar.</source>
            <translation>The shared folder '%1' does not exist or cannot be reached.</translation>
        </message>
        <message>
            <source>De geplande tijd van een agendapunt ligt tussen 0 en 600 minuten.</source>
            <translation>The planned time of an agenda item lies between 0 and 600 minutes.</translation>
        </message>
        <message>
            <source>De grootte van '%1' is ongeldig.</source>
            <translation>The size of '%1' is invalid.</translation>
        </message>
        <message>
            <source>De lijst '%1' in het schema heeft niet de juiste vorm.</source>
            <translation>The list '%1' in the schema does not have the right form.</translation>
        </message>
        <message>
            <source>De map '%1' bestaat niet.</source>
            <translation>The folder '%1' does not exist.</translation>
        </message>
        <message>
            <source>De map voor stukken '%1' kan niet worden beschreven (%2).</source>
            <translation>The documents folder '%1' cannot be written to (%2).</translation>
        </message>
        <message>
            <source>De mijlpaal '%1' is al afgerond.</source>
            <translation>The milestone '%1' is already done.</translation>
        </message>
        <message>
            <source>De procedure '%1' heeft een peildatum nodig (de datum van vaststelling); geef die op.</source>
            <translation>The procedure '%1' needs a reference date (the date of adoption); please give it.</translation>
        </message>
        <message>
            <source>De procedure '%1' heeft een peildatum nodig voor stap '%2'.</source>
            <translation>The procedure '%1' needs a reference date for step '%2'.</translation>
        </message>
        <message>
            <source>De reservekopie '%1' bestaat niet.</source>
            <translation>The backup '%1' does not exist.</translation>
        </message>
        <message>
            <source>De reservekopie '%1' is zelf beschadigd; kies een andere.</source>
            <translation>The backup '%1' is itself damaged; choose another one.</translation>
        </message>
        <message>
            <source>De reservekopie kan niet worden opgeslagen in '%1' (geen map, of geen toegang).</source>
            <translation>The backup cannot be saved in '%1' (not a folder, or no access).</translation>
        </message>
        <message>
            <source>De schijf is vol; '%1' is niet geschreven.</source>
            <translation>The disk is full; '%1' was not written.</translation>
        </message>
        <message>
            <source>De schijf met '%1' is vol; er is niets opgeslagen.</source>
            <translation>The disk holding '%1' is full; nothing was saved.</translation>
        </message>
        <message>
            <source>De schijf met '%1' is vol; maak ruimte vrij en probeer het opnieuw.</source>
            <translation>The disk holding '%1' is full; free some space and try again.</translation>
        </message>
        <message>
            <source>De stappen van '%1' verwijzen in een kring.</source>
            <translation>The steps of '%1' refer to each other in a circle.</translation>
        </message>
        <message>
            <source>De tekencodering '%1' is onbekend; gebruik bijvoorbeeld utf-8 of cp1252.</source>
            <translation>The encoding '%1' is unknown; use for example utf-8 or cp1252.</translation>
        </message>
        <message>
            <source>De termijn van een actiepunt kan niet vóór de vergadering liggen waarin het is afgesproken.</source>
            <translation>A follow-up cannot be due before the meeting in which it was agreed.</translation>
        </message>
        <message>
            <source>Deze database staat alleen in het geheugen; er is geen bestand om een reservekopie van te maken.</source>
            <translation>This database is in memory only; there is no file to back up.</translation>
        </message>
        <message>
            <source>Deze organisatie bestaat niet (meer).</source>
            <translation>This organisation does not exist (any more).</translation>
        </message>
        <message>
            <source>Deze persoon bestaat niet (meer).</source>
            <translation>This person does not exist (any more).</translation>
        </message>
        <message>
            <source>Deze rij is geen object met velden.</source>
            <translation>This row is not an object with fields.</translation>
        </message>
        <message>
            <source>Deze vergadering bestaat niet (meer).</source>
            <translation>This meeting does not exist (any more).</translation>
        </message>
        <message>
            <source>Deze vergadering is geannuleerd of verplaatst en kan niet meer worden gewijzigd.</source>
            <translation>This meeting was cancelled or moved and can no longer be changed.</translation>
        </message>
        <message>
            <source>Deze vergadering is niet geannuleerd; stuur een afzegging pas na het annuleren.</source>
            <translation>This meeting was not cancelled; send a cancellation only after cancelling it.</translation>
        </message>
        <message>
            <source>Deze vergadering is verplaatst; exporteer de nieuwe datum.</source>
            <translation>This meeting was moved; export the new date.</translation>
        </message>
        <message>
            <source>Die organisatie bestaat niet (meer).</source>
            <translation>That organisation does not exist (any more).</translation>
        </message>
        <message>
            <source>Dit actiepunt bestaat niet (meer).</source>
            <translation>This follow-up does not exist (any more).</translation>
        </message>
        <message>
            <source>Dit actiepunt hoort niet bij een verslag.</source>
            <translation>This follow-up does not belong to any minutes.</translation>
        </message>
        <message>
            <source>Dit agendapunt bestaat niet (meer).</source>
            <translation>This agenda item does not exist (any more).</translation>
        </message>
        <message>
            <source>Dit agendapunt brengt geen actiepunt terug.</source>
            <translation>This agenda item brings back no follow-up.</translation>
        </message>
        <message>
            <source>Dit agendapunt hoort niet bij deze vergadering.</source>
            <translation>This agenda item does not belong to this meeting.</translation>
        </message>
        <message>
            <source>Dit agendapunt komt voort uit een besloten punt en blijft besloten.</source>
            <translation>This agenda item comes from a closed item and stays closed.</translation>
        </message>
        <message>
            <source>Dit agendapunt staat niet op deze agenda.</source>
            <translation>This item is not on this agenda.</translation>
        </message>
        <message>
            <source>Dit besluit bestaat niet (meer).</source>
            <translation>This decision does not exist (any more).</translation>
        </message>
        <message>
            <source>Dit bespreekpuntenschema bestaat niet (meer).</source>
            <translation>This talking-points schema does not exist (any more).</translation>
        </message>
        <message>
            <source>Dit criterium hoort niet bij dit agendapunt.</source>
            <translation>This criterion does not belong to this agenda item.</translation>
        </message>
        <message>
            <source>Dit is geen bespreekpuntenschema: de sectie [schema] ontbreekt.</source>
            <translation>This is not a talking-points schema: the [schema] section is missing.</translation>
        </message>
        <message>
            <source>Dit kan niet worden teruggedraaid: een gegeven is intussen gewijzigd (door iemand anders of door het terugzetten van een reservekopie; %1).</source>
            <translation>This cannot be reversed: a record was changed meanwhile (by someone else or by restoring a backup; %1).</translation>
        </message>
        <message>
            <source>Dit kan niet worden teruggedraaid: een gegeven is intussen verwijderd (%1).</source>
            <translation>This cannot be reversed: a record was deleted meanwhile (%1).</translation>
        </message>
        <message>
            <source>Dit kan niet worden teruggedraaid: er hangen intussen andere gegevens aan.</source>
            <translation>This cannot be reversed: other records depend on it by now.</translation>
        </message>
        <message>
            <source>Dit overlegorgaan bestaat niet (meer).</source>
            <translation>This body does not exist (any more).</translation>
        </message>
        <message>
            <source>Dit punt staat al op de agenda of is niet meer open.</source>
            <translation>This point is already on the agenda or is no longer open.</translation>
        </message>
        <message>
            <source>Dit standpunt bestaat niet meer.</source>
            <translation>This position no longer exists.</translation>
        </message>
        <message>
            <source>Dit stuk bestaat niet (meer).</source>
            <translation>This document does not exist (any more).</translation>
        </message>
        <message>
            <source>Dit thema bestaat niet (meer).</source>
            <translation>This theme does not exist (any more).</translation>
        </message>
        <message>
            <source>Een actiepunt heeft óf een datum óf een vergadering als termijn, niet allebei.</source>
            <translation>A follow-up is due either on a date or at a meeting, not both.</translation>
        </message>
        <message>
            <source>Een actiepunt kan niet zijn afgerond voordat het ontstond.</source>
            <translation>A follow-up cannot be completed before it was agreed.</translation>
        </message>
        <message>
            <source>Een actiepunt moet een omschrijving hebben.</source>
            <translation>A follow-up needs a description.</translation>
        </message>
        <message>
            <source>Een actiepunt wordt hier afgerond of vervalt.</source>
            <translation>A follow-up is completed or cancelled here.</translation>
        </message>
        <message>
            <source>Een afgerond actiepunt heeft een datum van afronding.</source>
            <translation>A completed follow-up needs a completion date.</translation>
        </message>
        <message>
            <source>Een besluit moet een tekst hebben.</source>
            <translation>A decision needs a text.</translation>
        </message>
        <message>
            <source>Een bewaartermijn is een aantal maanden, niet '%1'.</source>
            <translation>A retention period is a number of months, not '%1'.</translation>
        </message>
        <message>
            <source>Een mijlpaal heeft een datum.</source>
            <translation>A milestone has a date.</translation>
        </message>
        <message>
            <source>Een partij staat twee keer in de procedure.</source>
            <translation>A party is named twice in the procedure.</translation>
        </message>
        <message>
            <source>Een punt kan alleen terugkomen in een latere vergadering die niet is geannuleerd of verplaatst.</source>
            <translation>A point can only come back in a later meeting that was not cancelled or moved.</translation>
        </message>
        <message>
            <source>Een vastgesteld verslag wordt alleen met een reden heropend.</source>
            <translation>Adopted minutes are reopened only with a reason.</translation>
        </message>
        <message>
            <source>Een veld heeft niet de juiste vorm (%1).</source>
            <translation>A field does not have the right form (%1).</translation>
        </message>
        <message>
            <source>Een vergadering duurt niet langer dan 24 uur.</source>
            <translation>A meeting lasts no longer than 24 hours.</translation>
        </message>
        <message>
            <source>Een vergadering kan niet eindigen voordat zij begint.</source>
            <translation>A meeting cannot end before it starts.</translation>
        </message>
        <message>
            <source>Een vergadering met status '%1' kan niet naar '%2'.</source>
            <translation>A meeting with status '%1' cannot go to '%2'.</translation>
        </message>
        <message>
            <source>Een verslag wordt vastgesteld in een latere vergadering.</source>
            <translation>Minutes are adopted in a later meeting.</translation>
        </message>
        <message>
            <source>Er is geen (eenduidig) overlegorgaan '%1'.</source>
            <translation>There is no (unambiguous) body '%1'.</translation>
        </message>
        <message>
            <source>Er is geen eerdere vergadering van dit overlegorgaan met een verslag om vast te stellen.</source>
            <translation>This body has no earlier meeting with minutes to adopt.</translation>
        </message>
        <message>
            <source>Er is geen enkele regel die kan worden ingelezen.</source>
            <translation>There is not a single row that can be read.</translation>
        </message>
        <message>
            <source>Er is geen overlegorgaan '%1' met vergaderingen.</source>
            <translation>There is no body '%1' with meetings.</translation>
        </message>
        <message>
            <source>Er is geen proceduresjabloon '%1'; kies uit %2.</source>
            <translation>There is no procedure template '%1'; choose from %2.</translation>
        </message>
        <message>
            <source>Er is geen vergadering met nummer %1.</source>
            <translation>There is no meeting with number %1.</translation>
        </message>
        <message>
            <source>Er is niets opgeslagen over '%1'.</source>
            <translation>Nothing is stored about '%1'.</translation>
        </message>
        <message>
            <source>Gebruik 'verslag vaststellen' of 'verplaatsen' hiervoor.</source>
            <translation>Use 'adopt minutes' or 'move' for this.</translation>
        </message>
        <message>
            <source>Geef een reden op om een vastgesteld verslag te heropenen.</source>
            <translation>Give a reason to reopen adopted minutes.</translation>
        </message>
        <message>
            <source>Geef een reden op waarom het actiepunt vervalt.</source>
            <translation>Give a reason why the follow-up is cancelled.</translation>
        </message>
        <message>
            <source>Het %1 %2 (tabel %3) is niet te lezen en is niet gewijzigd: %4.</source>
            <translation>The %1 %2 (table %3) cannot be read and was not changed: %4.</translation>
        </message>
        <message>
            <source>Het archief '%1' bestaat niet.</source>
            <translation>The archive '%1' does not exist.</translation>
        </message>
        <message>
            <source>Het archief '%1' kon niet worden geschreven (%2).</source>
            <translation>The archive '%1' could not be written (%2).</translation>
        </message>
        <message>
            <source>Het bestand '%1' bestaat niet.</source>
            <translation>The file '%1' does not exist.</translation>
        </message>
        <message>
            <source>Het bestand '%1' kan niet worden geschreven (%2).</source>
            <translation>The file '%1' cannot be written (%2).</translation>
        </message>
        <message>
            <source>Het bestand '%1' kan niet worden overschreven; sluit het in Word of kies een andere naam.</source>
            <translation>The file '%1' cannot be overwritten; close it in Word or choose another name.</translation>
        </message>
        <message>
            <source>Het bestand van '%1' ontbreekt in de map '%2'.</source>
            <translation>The file of '%1' is missing from the folder '%2'.</translation>
        </message>
        <message>
            <source>Het einde van de periode ligt vóór het begin.</source>
            <translation>The end of the period lies before its start.</translation>
        </message>
        <message>
            <source>Het koppelbestand '%1' is geen leesbaar JSON-bestand.</source>
            <translation>The mapping file '%1' is not a readable JSON file.</translation>
        </message>
        <message>
            <source>Het koppelbestand moet een JSON-object zijn, zoals {"actiepunt": "Omschrijving"}.</source>
            <translation>The mapping file must be a JSON object, such as {"actiepunt": "Omschrijving"}.</translation>
        </message>
        <message>
            <source>Het koppelbestand noemt geen kolom voor 'actiepunt'.</source>
            <translation>The mapping file names no column for 'actiepunt'.</translation>
        </message>
        <message>
            <source>Het proceduresjabloon '%1' noemt een stap twee keer.</source>
            <translation>The procedure template '%1' names a step twice.</translation>
        </message>
        <message>
            <source>Het proceduresjabloon mist het veld %1.</source>
            <translation>The procedure template lacks the field %1.</translation>
        </message>
        <message>
            <source>Het schema '%1' bevat geen thema's.</source>
            <translation>The schema '%1' has no themes.</translation>
        </message>
        <message>
            <source>Het schema '%1' versie %2 is al geïmporteerd.</source>
            <translation>The schema '%1' version %2 has already been imported.</translation>
        </message>
        <message>
            <source>Het schema is onvolledig of bevat onbekende velden (%1).</source>
            <translation>The schema is incomplete or has unknown fields (%1).</translation>
        </message>
        <message>
            <source>Het sjabloon '%1' bestaat niet.</source>
            <translation>The template '%1' does not exist.</translation>
        </message>
        <message>
            <source>Het sjabloon '%1' bevat macro's (.docm/.dotm); sla het in Word op als .dotx of .docx.</source>
            <translation>The template '%1' contains macros (.docm/.dotm); save it in Word as .dotx or .docx.</translation>
        </message>
        <message>
            <source>Het sjabloon '%1' is beschadigd of geen Word-document; kies een ander .docx- of .dotx-bestand.</source>
            <translation>The template '%1' is damaged or not a Word document; choose another .docx or .dotx file.</translation>
        </message>
        <message>
            <source>Het sjabloon '%1' is een map, geen Word-bestand.</source>
            <translation>The template '%1' is a folder, not a Word file.</translation>
        </message>
        <message>
            <source>Het sjabloon '%1' is geen .docx- of .dotx-bestand.</source>
            <translation>The template '%1' is not a .docx or .dotx file.</translation>
        </message>
        <message>
            <source>Het sjabloon '%1' is geen Word-document (.docx of .dotx), of het is beveiligd met een wachtwoord.</source>
            <translation>The template '%1' is not a Word document (.docx or .dotx), or it is protected with a password.</translation>
        </message>
        <message>
            <source>Het sjabloon '%1' is geen Word-document (.docx of .dotx).</source>
            <translation>The template '%1' is not a Word document (.docx or .dotx).</translation>
        </message>
        <message>
            <source>Het sjabloon '%1' is groter dan %2 MB, de grens voor een sjabloon.</source>
            <translation>The template '%1' is larger than %2 MB, the limit for a template.</translation>
        </message>
        <message>
            <source>Het sjabloon '%1' kan niet worden gelezen (%2).</source>
            <translation>The template '%1' cannot be read (%2).</translation>
        </message>
        <message>
            <source>Het sjabloon '%1' kent geen stap '%2'.</source>
            <translation>The template '%1' has no step '%2'.</translation>
        </message>
        <message>
            <source>Het stuk %1… in '%2' is niet het bestand dat erbij hoort (controlecode of grootte klopt niet); er is niets veranderd.</source>
            <translation>The document %1… in '%2' is not the file that belongs to it (checksum or size does not match); nothing was changed.</translation>
        </message>
        <message>
            <source>Het stuk met controlecode %1… ontbreekt in de map '%2'; het archief is niet gemaakt.</source>
            <translation>The document with checksum %1… is missing from the folder '%2'; the archive was not written.</translation>
        </message>
        <message>
            <source>Het veld '%1' bevat '%2', geen tijdstip.</source>
            <translation>The field '%1' holds '%2', not a date and time.</translation>
        </message>
        <message>
            <source>Het veld '%1' heeft de onbekende waarde '%2'; toegestaan zijn %3.</source>
            <translation>The field '%1' has the unknown value '%2'; allowed are %3.</translation>
        </message>
        <message>
            <source>Het veld '%1' is te lang (%2 tekens, maximaal %3).</source>
            <translation>The field '%1' is too long (%2 characters, at most %3).</translation>
        </message>
        <message>
            <source>Het veld '%1' mag niet leeg zijn.</source>
            <translation>The field '%1' cannot be empty.</translation>
        </message>
        <message>
            <source>Het veld '%1' moet tekst zijn.</source>
            <translation>The field '%1' must be text.</translation>
        </message>
        <message>
            <source>Het veld '%1' ontbreekt.</source>
            <translation>The field '%1' is missing.</translation>
        </message>
        <message>
            <source>Het veld '%1' van een mijlpaal kan niet worden gewijzigd.</source>
            <translation>The field '%1' of a milestone cannot be changed.</translation>
        </message>
        <message>
            <source>Het verslag van deze vergadering is vastgesteld; heropen het eerst (met een reden) om het te wijzigen.</source>
            <translation>The minutes of this meeting have been adopted; reopen them first (with a reason) to change them.</translation>
        </message>
        <message>
            <source>In de eerste regels staat geen kolom met de omschrijving van het actiepunt (bijvoorbeeld 'Actiepunt' of 'Omschrijving'); geef een koppelbestand op.</source>
            <translation>The first rows have no column with the follow-up's description (for example 'Actiepunt' or 'Omschrijving'); give a mapping file.</translation>
        </message>
        <message>
            <source>In de map '%1' kan geen database worden gemaakt (alleen-lezen of geen toegang).</source>
            <translation>No database can be created in the folder '%1' (read-only or no access).</translation>
        </message>
        <message>
            <source>In de map '%1' kan niet worden geschreven (%2).</source>
            <translation>The folder '%1' cannot be written to (%2).</translation>
        </message>
        <message>
            <source>Kan '%1' niet schrijven (%2).</source>
            <translation>Cannot write '%1' (%2).</translation>
        </message>
        <message>
            <source>Kan '%1' niet schrijven; is het bestand nog geopend in een ander programma?</source>
            <translation>Cannot write '%1'; is the file still open in another program?</translation>
        </message>
        <message>
            <source>Kies een bewaartermijn uit de lijst: 1, 2, 5, 7, 10 of 20 jaar, of nooit.</source>
            <translation>Choose a retention period from the list: 1, 2, 5, 7, 10 or 20 years, or never.</translation>
        </message>
        <message>
            <source>Kies één vergadering, of een overlegorgaan met een periode, niet allebei.</source>
            <translation>Choose one meeting, or a body with a period, not both.</translation>
        </message>
        <message>
            <source>Kolom '%1' uit het koppelbestand staat niet in de kopregel.</source>
            <translation>Column '%1' of the mapping file is not in the header row.</translation>
        </message>
        <message>
            <source>Mijlpaal %1 bestaat niet.</source>
            <translation>Milestone %1 does not exist.</translation>
        </message>
        <message>
            <source>Noem een vergadering (--meeting) of zoekwoorden (--search).</source>
            <translation>Name a meeting (--meeting) or search words (--search).</translation>
        </message>
        <message>
            <source>Onbekend soort eigenaar: %1.</source>
            <translation>Unknown kind of owner: %1.</translation>
        </message>
        <message>
            <source>Onbekend standpunt '%1'; kies akkoord, voorbehoud of niet akkoord.</source>
            <translation>Unknown position '%1'; choose akkoord, voorbehoud or niet akkoord.</translation>
        </message>
        <message>
            <source>Onbekend veld in het schema: %1.</source>
            <translation>Unknown field in the schema: %1.</translation>
        </message>
        <message>
            <source>Onbekend veld: %1.</source>
            <translation>Unknown field: %1.</translation>
        </message>
        <message>
            <source>Onbekende verantwoordelijkheid '%1' bij thema %2; kies school_boards, shared of municipality.</source>
            <translation>Unknown responsibility '%1' at theme %2; choose school_boards, shared or municipality.</translation>
        </message>
        <message>
            <source>Procedure %1 bestaat niet.</source>
            <translation>Procedure %1 does not exist.</translation>
        </message>
        <message>
            <source>Regel %1 van '%2' heeft een cel van meer dan %3 tekens, de grens van Excel voor één cel.</source>
            <translation>Line %1 of '%2' has a cell of more than %3 characters, Excel's limit for one cell.</translation>
        </message>
        <message>
            <source>Regel %1 van '%2' is geen geldige tekst in %3.</source>
            <translation>Line %1 of '%2' is not valid text in %3.</translation>
        </message>
        <message>
            <source>Regel %1 van '%2' is geen leesbare CSV-regel.</source>
            <translation>Line %1 of '%2' is not a readable CSV line.</translation>
        </message>
        <message>
            <source>Stap '%1' is per partij, maar de procedure noemt geen partijen.</source>
            <translation>Step '%1' is per party, but the procedure names no parties.</translation>
        </message>
        <message>
            <source>Stap '%1' verwijst naar onbekende stap '%2'.</source>
            <translation>Step '%1' refers to an unknown step '%2'.</translation>
        </message>
        <message>
            <source>U heeft geen toegang tot '%1'.</source>
            <translation>You have no access to '%1'.</translation>
        </message>
        <message>
            <source>Vergadering %1 heeft geen agendapunt %2.</source>
            <translation>Meeting %1 has no agenda item %2.</translation>
        </message>
        <message>
            <source>Voor agendapunt '%1' loopt al een geschil.</source>
            <translation>A dispute is already running for agenda item '%1'.</translation>
        </message>
    </context>
</TS>
