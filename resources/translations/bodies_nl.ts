<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>BodiesScreen</name>
    <message>
        <source>&amp;Bodies and members</source>
        <translation>Over&amp;legorganen en leden</translation>
    </message>
    <message>
        <source>Peop&amp;le and organisations</source>
        <translation>Personen en or&amp;ganisaties</translation>
    </message>
    <message>
        <source>Talking-point s&amp;chemas</source>
        <translation>Bespreekpunten&amp;schema&apos;s</translation>
    </message>
</context>
<context>
    <name>BodyDialog</name>
    <message>
        <source>Edit consultation body</source>
        <translation>Overlegorgaan wijzigen</translation>
    </message>
    <message>
        <source>New consultation body</source>
        <translation>Nieuw overlegorgaan</translation>
    </message>
    <message>
        <source>e.g. Stuurgroep Talentontwikkeling</source>
        <translation>bijv. Stuurgroep Talentontwikkeling</translation>
    </message>
    <message>
        <source>e.g. STT</source>
        <translation>bijv. STT</translation>
    </message>
    <message>
        <source>Short and unique; it begins every decision number of this body</source>
        <translation>Kort en uniek; elk besluitnummer van dit overlegorgaan begint ermee</translation>
    </message>
    <message>
        <source>Word template</source>
        <translation>Word-sjabloon</translation>
    </message>
    <message>
        <source>the standard house style</source>
        <translation>de standaardhuisstijl</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>K&amp;iezen…</translation>
    </message>
    <message>
        <source>S&amp;tandard</source>
        <translation>Standaar&amp;d</translation>
    </message>
    <message>
        <source>Use the standard house style</source>
        <translation>De standaardhuisstijl gebruiken</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>O&amp;mschrijving</translation>
    </message>
    <message>
        <source>&amp;Word template</source>
        <translation>&amp;Word-sjabloon</translation>
    </message>
    <message>
        <source>Word template for this body</source>
        <translation>Word-sjabloon voor dit overlegorgaan</translation>
    </message>
    <message>
        <source>Word templates (*.docx *.dotx)</source>
        <translation>Word-sjablonen (*.docx *.dotx)</translation>
    </message>
</context>
<context>
    <name>BodyPage</name>
    <message>
        <source>Consultation bodies</source>
        <translation>Overlegorganen</translation>
    </message>
    <message>
        <source>&amp;New body…</source>
        <translation>&amp;Nieuw overlegorgaan…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Wij&amp;zigen…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>No consultation body yet. Add one with New body to plan its meetings; its people can be added under People and organisations, or while adding members.</source>
        <translation>Er is nog geen overlegorgaan. Voeg er een toe met Nieuw overlegorgaan om vergaderingen te kunnen plannen; de personen voegt u toe onder Personen en organisaties, of bij het toevoegen van leden.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <source>Standard agenda (every new meeting starts with it)</source>
        <translation>Standaardagenda (elke nieuwe vergadering begint hiermee)</translation>
    </message>
    <message>
        <source>%1 · code %2 (decision numbers begin with it)</source>
        <translation>%1 · code %2 (besluitnummers beginnen hiermee)</translation>
    </message>
    <message>
        <source>Word template: %1</source>
        <translation>Word-sjabloon: %1</translation>
    </message>
    <message>
        <source>Word template: the standard house style</source>
        <translation>Word-sjabloon: de standaardhuisstijl</translation>
    </message>
    <message>
        <source>%1 min.</source>
        <translation>%1 min.</translation>
    </message>
    <message>
        <source>The items of the meeting itself come between %1 and %2.</source>
        <translation>De eigen punten van de vergadering komen tussen %1 en %2.</translation>
    </message>
    <message>
        <source>Add body</source>
        <translation>Overlegorgaan toevoegen</translation>
    </message>
    <message>
        <source>Edit body</source>
        <translation>Overlegorgaan wijzigen</translation>
    </message>
    <message>
        <source>Delete &apos;%1&apos;? Its memberships go with it; the people stay.</source>
        <translation>&apos;%1&apos; verwijderen? De lidmaatschappen verdwijnen mee; de personen blijven.</translation>
    </message>
    <message>
        <source>Delete body</source>
        <translation>Overlegorgaan verwijderen</translation>
    </message>
</context>
<context>
    <name>BodyTableModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
</context>
<context>
    <name>BodyWords</name>
    <message>
        <source>OOGO (statutory consultation)</source>
        <translation>OOGO (op overeenstemming gericht overleg)</translation>
    </message>
    <message>
        <source>steering committee</source>
        <translation>stuurgroep</translation>
    </message>
    <message>
        <source>portfolio holders&apos; meeting</source>
        <translation>portefeuillehoudersoverleg</translation>
    </message>
    <message>
        <source>administrative meeting</source>
        <translation>bestuurlijk overleg</translation>
    </message>
    <message>
        <source>other</source>
        <translation>overig</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>voorzitter</translation>
    </message>
    <message>
        <source>secretary</source>
        <translation>secretaris</translation>
    </message>
    <message>
        <source>member</source>
        <translation>lid</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>gemeente</translation>
    </message>
    <message>
        <source>school partnership (primary)</source>
        <translation>samenwerkingsverband PO</translation>
    </message>
    <message>
        <source>school partnership (secondary)</source>
        <translation>samenwerkingsverband VO</translation>
    </message>
    <message>
        <source>school board</source>
        <translation>schoolbestuur</translation>
    </message>
    <message>
        <source>care partner</source>
        <translation>zorgpartner</translation>
    </message>
    <message>
        <source>other organisation</source>
        <translation>overig</translation>
    </message>
    <message>
        <source>school boards</source>
        <translation>schoolbesturen</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>gedeeld</translation>
    </message>
    <message>
        <source>for decision</source>
        <translation>ter besluitvorming</translation>
    </message>
    <message>
        <source>for discussion</source>
        <translation>ter bespreking</translation>
    </message>
    <message>
        <source>for information</source>
        <translation>ter informatie</translation>
    </message>
</context>
<context>
    <name>CriterionTableModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterium</translation>
    </message>
    <message>
        <source>Instead of</source>
        <translation>In plaats van</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>MembersPanel</name>
    <message>
        <source>Members of the chosen body</source>
        <translation>Leden van het gekozen overlegorgaan</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translation>Lid &amp;toevoegen</translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation>Nieuwe &amp;persoon…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>&amp;Rol wijzigen…</translation>
    </message>
    <message>
        <source>Re&amp;move member…</source>
        <translation>Lid verw&amp;ijderen…</translation>
    </message>
    <message>
        <source>as</source>
        <translation>als</translation>
    </message>
    <message>
        <source>everyone is a member</source>
        <translation>iedereen is al lid</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Persoon toevoegen</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Lid toevoegen</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Rol wijzigen</translation>
    </message>
    <message>
        <source>Role of %1 in this body:</source>
        <translation>Rol van %1 in dit overlegorgaan:</translation>
    </message>
    <message>
        <source>Remove %1 from this body? Past attendance and minutes stay as they are.</source>
        <translation>%1 uit dit overlegorgaan verwijderen? Eerdere aanwezigheid en verslagen blijven zoals ze zijn.</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Lid verwijderen</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Edit organisation</source>
        <translation>Organisatie wijzigen</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nieuwe organisatie</translation>
    </message>
    <message>
        <source>e.g. Gemeente Lelystad</source>
        <translation>bijv. Gemeente Lelystad</translation>
    </message>
    <message>
        <source>used in lists, e.g. Lelystad</source>
        <translation>voor in lijsten, bijv. Lelystad</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Soort</translation>
    </message>
    <message>
        <source>S&amp;hort name</source>
        <translation>&amp;Afkorting</translation>
    </message>
</context>
<context>
    <name>OrganisationTableModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Afkorting</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
</context>
<context>
    <name>PeopleModels</name>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (gearchiveerd)</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>New &amp;person…</source>
        <translation>Nieuwe &amp;persoon…</translation>
    </message>
    <message>
        <source>Ed&amp;it person…</source>
        <translation>Persoon w&amp;ijzigen…</translation>
    </message>
    <message>
        <source>New &amp;organisation…</source>
        <translation>Nieuwe &amp;organisatie…</translation>
    </message>
    <message>
        <source>Edit or&amp;ganisation…</source>
        <translation>Organisatie wij&amp;zigen…</translation>
    </message>
    <message>
        <source>&amp;Delete person…</source>
        <translation>Persoon &amp;verwijderen…</translation>
    </message>
    <message>
        <source>Delete organi&amp;sation…</source>
        <translation>Organisatie verwijde&amp;ren…</translation>
    </message>
    <message>
        <source>Personal d&amp;ata…</source>
        <translation>Persoo&amp;nsgegevens…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <source>&amp;Restore person</source>
        <translation>Persoon &amp;terugzetten</translation>
    </message>
    <message>
        <source>Res&amp;tore organisation</source>
        <translation>Organisatie &amp;uit archief halen</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Persoon toevoegen</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Persoon wijzigen</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation>Organisatie toevoegen</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>Organisatie wijzigen</translation>
    </message>
</context>
<context>
    <name>PersonDataDialog</name>
    <message>
        <source>Personal data</source>
        <translation>Persoonsgegevens</translation>
    </message>
    <message>
        <source>Name of the person</source>
        <translation>Naam van de persoon</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Review places</source>
        <translation>Plaatsen &amp;bekijken</translation>
    </message>
    <message>
        <source>&amp;Anonymise…</source>
        <translation>&amp;Anonimiseren…</translation>
    </message>
    <message>
        <source>Export for acc&amp;ess…</source>
        <translation>Exporteren (&amp;inzage)…</translation>
    </message>
    <message>
        <source>Places that name the person</source>
        <translation>Plaatsen waar de persoon genoemd wordt</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Records past their retention period</source>
        <translation>Gegevens over hun bewaartermijn</translation>
    </message>
    <message>
        <source>A&amp;pply retention…</source>
        <translation>Bewaartermijn &amp;toepassen…</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Bewaartermijnen</translation>
    </message>
    <message>
        <source>never (keep)</source>
        <translation>nooit (bewaren)</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n jaar</numerusform>
            <numerusform>%n jaar</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is stored under this name.</source>
        <translation>Onder deze naam is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Replaced by “%1”:</source>
        <translation>Wordt vervangen door “%1”:</translation>
    </message>
    <message numerus="yes">
        <source>  %n membership(s), attendance(s) and follow-up(s) keep their link, under the pseudonym</source>
        <translation>
            <numerusform>  %n lidmaatschap, aanwezigheid of actiepunt houdt de koppeling, onder het pseudoniem</numerusform>
            <numerusform>  %n lidmaatschappen, aanwezigheden en actiepunten houden hun koppeling, onder het pseudoniem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n row(s) of the audit trail</source>
        <translation>
            <numerusform>  %n rij van het audittrail</numerusform>
            <numerusform>  %n rijen van het audittrail</numerusform>
        </translation>
    </message>
    <message>
        <source>Possibly about this person (check yourself):</source>
        <translation>Mogelijk over deze persoon (deel van de naam; niet vervangen, bekijk zelf):</translation>
    </message>
    <message>
        <source>Earlier copies that still hold the old data:</source>
        <translation>Eerdere kopieën die de oude gegevens nog bevatten:</translation>
    </message>
    <message>
        <source>Replace “%1” everywhere by a pseudonym and remove the old text from the file? This cannot be undone, also not with Undo; the steps that could be undone so far are forgotten.</source>
        <translation>“%1” overal vervangen door een pseudoniem en de oude tekst uit het bestand verwijderen? Dit kan niet ongedaan worden gemaakt, ook niet met Ongedaan maken; de stappen die tot nu toe ongedaan konden worden gemaakt, vervallen.</translation>
    </message>
    <message>
        <source>Anonymise person</source>
        <translation>Persoon anonimiseren</translation>
    </message>
    <message>
        <source>“%1” is anonymised and recorded in the audit trail.</source>
        <translation>“%1” is geanonimiseerd en vastgelegd in het audittrail.</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Persoonsgegevens exporteren</translation>
    </message>
    <message>
        <source>ZIP archive (*.zip)</source>
        <translation>ZIP-archief (*.zip)</translation>
    </message>
    <message>
        <source>Written: %1 (%2)</source>
        <translation>Geschreven: %1 (%2)</translation>
    </message>
    <message>
        <source>Change retention period</source>
        <translation>Bewaartermijn wijzigen</translation>
    </message>
    <message>
        <source>Nothing is past its retention period.</source>
        <translation>Er zijn geen gegevens over hun bewaartermijn.</translation>
    </message>
    <message numerus="yes">
        <source>Clear the %n record(s) past their retention period? This cannot be undone, also not with Undo.</source>
        <translation>
            <numerusform>Het %n gegeven over de bewaartermijn wissen? Dit kan niet ongedaan worden gemaakt, ook niet met Ongedaan maken.</numerusform>
            <numerusform>De %n gegevens over hun bewaartermijn wissen? Dit kan niet ongedaan worden gemaakt, ook niet met Ongedaan maken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply retention</source>
        <translation>Bewaartermijn toepassen</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>Persoon wijzigen</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nieuwe persoon</translation>
    </message>
    <message>
        <source>e.g. wethouder, directeur, beleidsadviseur</source>
        <translation>bijv. wethouder, directeur, beleidsadviseur</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation>(geen organisatie)</translation>
    </message>
    <message>
        <source>Ne&amp;w organisation…</source>
        <translation>N&amp;ieuwe organisatie…</translation>
    </message>
    <message>
        <source>name@example.nl</source>
        <translation>naam@voorbeeld.nl</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Function</source>
        <translation>&amp;Functie</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>Or&amp;ganisatie</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>Removal</name>
    <message>
        <source>Restore person</source>
        <translation>Persoon terugzetten</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 verwijderen?</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Persoon verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>%1 appears in %n record(s) (memberships, attendance, follow-ups) and cannot be deleted. Archive instead? Archived people are no longer offered to choose from, and stay in the minutes and documents.</source>
        <translation>
            <numerusform>%1 komt voor in %n gegeven (lidmaatschap, aanwezigheid of actiepunt) en kan niet worden verwijderd. In plaats daarvan archiveren? Gearchiveerde personen worden niet meer aangeboden om uit te kiezen en blijven in de verslagen en documenten staan.</numerusform>
            <numerusform>%1 komt voor in %n gegevens (lidmaatschappen, aanwezigheid, actiepunten) en kan niet worden verwijderd. In plaats daarvan archiveren? Gearchiveerde personen worden niet meer aangeboden om uit te kiezen en blijven in de verslagen en documenten staan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive person</source>
        <translation>Persoon archiveren</translation>
    </message>
    <message>
        <source>Restore organisation</source>
        <translation>Organisatie terugzetten</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>Organisatie verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>%1 appears in %n record(s) (people, follow-ups, procedures) and cannot be deleted. Archive instead? Archived organisations are no longer offered to choose from, and stay in the records and documents.</source>
        <translation>
            <numerusform>%1 komt voor in %n gegeven (persoon, actiepunt of procedure) en kan niet worden verwijderd. In plaats daarvan archiveren? Gearchiveerde organisaties worden niet meer aangeboden om uit te kiezen en blijven in de gegevens en documenten staan.</numerusform>
            <numerusform>%1 komt voor in %n gegevens (personen, actiepunten, procedures) en kan niet worden verwijderd. In plaats daarvan archiveren? Gearchiveerde organisaties worden niet meer aangeboden om uit te kiezen en blijven in de gegevens en documenten staan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive organisation</source>
        <translation>Organisatie archiveren</translation>
    </message>
</context>
<context>
    <name>SchemaTableModel</name>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
</context>
<context>
    <name>SchemasPage</name>
    <message>
        <source>Talking-point schemas</source>
        <translation>Bespreekpuntenschema&apos;s</translation>
    </message>
    <message>
        <source>Themes of the chosen schema</source>
        <translation>Thema&apos;s van het gekozen schema</translation>
    </message>
    <message>
        <source>&amp;Import schema file…</source>
        <translation>Schemabestand &amp;importeren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>Description of the chosen theme</source>
        <translation>Omschrijving van het gekozen thema</translation>
    </message>
    <message>
        <source>Criteria (checked per agenda item)</source>
        <translation>Criteria (per agendapunt afgevinkt)</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <source>No talking-point schema yet: import one.</source>
        <translation>Nog geen bespreekpuntenschema: importeer er een.</translation>
    </message>
    <message>
        <source>Responsibility: %1</source>
        <translation>Verantwoordelijkheid: %1</translation>
    </message>
    <message>
        <source>Elaboration</source>
        <translation>Uitwerking</translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation>Leidende vragen</translation>
    </message>
    <message>
        <source>Import a talking-point schema</source>
        <translation>Bespreekpuntenschema importeren</translation>
    </message>
    <message>
        <source>Import schema</source>
        <translation>Schema importeren</translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s)</source>
        <translation>
            <numerusform>%n thema</numerusform>
            <numerusform>%n thema&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n criterion(s)</source>
        <translation>
            <numerusform>%n criterium</numerusform>
            <numerusform>%n criteria</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1, with %2 and %3.</source>
        <translation>Geïmporteerd: %1, met %2 en %3.</translation>
    </message>
    <message>
        <source>Export talking-point schema</source>
        <translation>Bespreekpuntenschema exporteren</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Opgeslagen als %1.</translation>
    </message>
</context>
<context>
    <name>ThemeTableModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>Verantwoordelijkheid</translation>
    </message>
</context>
</TS>
