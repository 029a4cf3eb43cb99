<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AgreementCommand</name>
    <message>
        <source>measure how far coders agree: Krippendorff&apos;s alpha, Cohen&apos;s kappa, percent agreement</source>
        <translation>messen, wie weit Kodierende übereinstimmen: Krippendorffs Alpha, Cohens Kappa, prozentuale Übereinstimmung</translation>
    </message>
    <message>
        <source>--document needs a document id, not &apos;%1&apos;</source>
        <translation>--document benötigt eine Dokument-ID, nicht „%1“</translation>
    </message>
    <message>
        <source>No reviewer of %1 has coded independently yet (see sourcelight team --mode).
</source>
        <translation>Noch kein/e Prüfer/in von %1 hat unabhängig kodiert (siehe sourcelight team --mode).
</translation>
    </message>
    <message>
        <source>give either --ratings FILE.csv or --project P</source>
        <translation>entweder --ratings DATEI.csv oder --project P angeben</translation>
    </message>
    <message>
        <source>--document goes with --project</source>
        <translation>--document ist nur zusammen mit --project möglich</translation>
    </message>
    <message>
        <source>Usage: sourcelight agreement --ratings FILE.csv [--format text|json]
       sourcelight agreement --project P [--document ID] [--format text|json]

Measures how far coders agree on nominal codes (a verdict, a source, a tag): Krippendorff&apos;s alpha
over all coders, missing values allowed, and for every pair of coders the percent agreement and
Cohen&apos;s kappa on the units both coded. The ratings table has a row per unit: the unit&apos;s name, then
one value per coder. Its first row names the coders (after a heading for the unit column); an empty
cell is a missing value. Comma- or tab-separated, UTF-8; &apos;-&apos; reads standard input.

With --project, the data are the reviewers&apos; independent codings of a team project (review mode
independent), one table per field: source, anonymity, quoteType, verdict, claimType and tag:NAME;
the units are sentences. The JSON is {&quot;project&quot;, &quot;document&quot;, &quot;fields&quot;: [the object above plus
&quot;field&quot;]}.

  --ratings FILE   the ratings table
  --project P      a project (file or postgresql:// address) instead of a table
  --document ID    with --project: only this document
  --format FORMAT  text (default: a summary for people) or json (one JSON object)
  -h, --help       show this help
</source>
        <translation>Aufruf: sourcelight agreement --ratings DATEI.csv [--format text|json]
        sourcelight agreement --project P [--document ID] [--format text|json]

Misst, wie weit Kodierende bei nominalen Codes (einer Bewertung, einer Quelle, einem Schlagwort)
übereinstimmen: Krippendorffs Alpha über alle Kodierenden, fehlende Werte zulässig, und für jedes Paar
von Kodierenden die prozentuale Übereinstimmung und Cohens Kappa auf den Einheiten, die beide kodiert
haben. Die Bewertungstabelle hat eine Zeile pro Einheit: den Namen der Einheit, dann einen Wert je
kodierender Person. Ihre erste Zeile nennt die Kodierenden (nach einer Überschrift für die Spalte der
Einheiten); eine leere Zelle ist ein fehlender Wert. Komma- oder tabulatorgetrennt, UTF-8; „-“ liest
von der Standardeingabe.

Mit --project sind die Daten die unabhängigen Kodierungen der Prüfer/innen eines Teamprojekts
(Prüfmodus independent), eine Tabelle je Feld: source, anonymity, quoteType, verdict, claimType und
tag:NAME; die Einheiten sind Sätze. Das JSON ist {&quot;project&quot;, &quot;document&quot;, &quot;fields&quot;: [das
obige Objekt plus &quot;field&quot;]}.

  --ratings DATEI  die Bewertungstabelle
  --project P      ein Projekt (Datei oder postgresql://-Adresse) statt einer Tabelle
  --document ID    mit --project: nur dieses Dokument
  --format FORMAT  text (Standard: eine Zusammenfassung zum Lesen) oder json (ein JSON-Objekt)
  -h, --help       diese Hilfe anzeigen
</translation>
    </message>
</context>
<context>
    <name>AgreementReport</name>
    <message>
        <source>line %1: text after a closing quote</source>
        <translation>Zeile %1: Text nach einem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <source>line %1: a quoted cell is not closed</source>
        <translation>Zeile %1: eine Zelle in Anführungszeichen wird nicht geschlossen</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>nicht definiert</translation>
    </message>
    <message>
        <source>the ratings table is empty</source>
        <translation>die Bewertungstabelle ist leer</translation>
    </message>
    <message>
        <source>line %1: the first row must name the unit column and at least one coder</source>
        <translation>Zeile %1: die erste Zeile muss die Spalte der Einheiten und mindestens eine kodierende Person nennen</translation>
    </message>
    <message>
        <source>line %1: coder %2 has no name</source>
        <translation>Zeile %1: Kodierende Person %2 hat keinen Namen</translation>
    </message>
    <message>
        <source>line %1: coder &apos;%2&apos; is named twice</source>
        <translation>Zeile %1: „%2“ wird zweimal genannt</translation>
    </message>
    <message numerus="yes">
        <source>line %1: %2 values, but the first row names %n coder(s)</source>
        <translation>
            <numerusform>Zeile %1: %2 Werte, aber die erste Zeile nennt %n kodierende Person</numerusform>
            <numerusform>Zeile %1: %2 Werte, aber die erste Zeile nennt %n Kodierende</numerusform>
        </translation>
    </message>
    <message>
        <source>Units: %1 (%2 coded by two coders or more)</source>
        <translation>Einheiten: %1 (%2 von zwei oder mehr kodiert)</translation>
    </message>
    <message>
        <source>Coders: %1; values: %2 (%3 pairable, %4 distinct)</source>
        <translation>Kodierende: %1; Werte: %2 (%3 paarbar, %4 verschiedene)</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha (nominal): %1</source>
        <translation>Krippendorffs Alpha (nominal): %1</translation>
    </message>
    <message>
        <source>no unit was coded twice</source>
        <translation>keine Einheit wurde zweimal kodiert</translation>
    </message>
    <message>
        <source>every value is the same, so nothing varies</source>
        <translation>alle Werte sind gleich, nichts variiert</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Kodierende</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Übereinst.</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa</source>
        <translation>Cohens Kappa</translation>
    </message>
</context>
<context>
    <name>AnalyzeCommand</name>
    <message>
        <source>print the sentences and suggested attributions of an article (JSON or TSV)</source>
        <translation>die Sätze und vorgeschlagenen Zuschreibungen eines Artikels ausgeben (JSON oder TSV)</translation>
    </message>
    <message>
        <source>Usage: sourcelight analyze [--lang en|ru|uk|auto] [--format json|tsv] FILE|-

Splits a UTF-8 article into sentences and suggests for each who its source is, through whom and on
what evidence. &apos;-&apos; reads standard input. Offsets count Unicode code points.

  --lang LANG      language of the article (default: auto, detected from the text)
  --format FORMAT  json (default: one JSON object) or tsv (one line per sentence)
  -h, --help       show this help
</source>
        <translation>Aufruf: sourcelight analyze [--lang en|ru|uk|auto] [--format json|tsv] DATEI|-

Zerlegt einen UTF-8-Artikel in Sätze und schlägt für jeden vor, wer seine Quelle ist, über wen und auf
welcher Grundlage. „-“ liest von der Standardeingabe. Positionen werden in Unicode-Codepunkten gezählt.

  --lang SPRACHE   Sprache des Artikels (Standard: auto, aus dem Text erkannt)
  --format FORMAT  json (Standard: ein JSON-Objekt) oder tsv (eine Zeile pro Satz)
  -h, --help       diese Hilfe anzeigen
</translation>
    </message>
    <message>
        <source>only one FILE may be given</source>
        <translation>nur eine DATEI darf angegeben werden</translation>
    </message>
    <message>
        <source>missing FILE (use &apos;-&apos; for standard input)</source>
        <translation>DATEI fehlt („-“ für die Standardeingabe verwenden)</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Source-attributed claim review</source>
        <translation>Aussagenprüfung mit Quellenzuschreibung</translation>
    </message>
    <message>
        <source>Open this project file.</source>
        <translation>Diese Projektdatei öffnen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Projects or articles to open.</source>
        <translation>Zu öffnende Projekte oder Artikel.</translation>
    </message>
    <message>
        <source>Sourcelight</source>
        <translation>Sourcelight</translation>
    </message>
    <message>
        <source>The default library could not be created: %1</source>
        <translation>Die Standardbibliothek konnte nicht angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>The file is already open.</source>
        <translation>Die Datei ist bereits geöffnet.</translation>
    </message>
    <message>
        <source>An export file can only be written from the start.</source>
        <translation>Eine Exportdatei kann nur von Anfang an geschrieben werden.</translation>
    </message>
    <message>
        <source>“%1” is a folder.</source>
        <translation>„%1“ ist ein Ordner.</translation>
    </message>
    <message>
        <source>The file was not open.</source>
        <translation>Die Datei war nicht geöffnet.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file.</source>
        <translation>„%1“ ist keine reguläre Datei.</translation>
    </message>
</context>
<context>
    <name>AttributionEvaluator</name>
    <message numerus="yes">
        <source>%1: %n article(s)</source>
        <translation>
            <numerusform>%1: %n Artikel</numerusform>
            <numerusform>%1: %n Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>attributed sentences</source>
        <translation>zugeschriebene Sätze</translation>
    </message>
    <message>
        <source>cue class %1</source>
        <translation>Signalwortklasse %1</translation>
    </message>
    <message>
        <source>source kind %1</source>
        <translation>Quellenart %1</translation>
    </message>
    <message>
        <source>missed sources:</source>
        <translation>nicht gefundene Quellen:</translation>
    </message>
    <message>
        <source>sources named where the gold has none:</source>
        <translation>genannte Quellen, wo der Goldstandard keine hat:</translation>
    </message>
</context>
<context>
    <name>AttributionTable</name>
    <message>
        <source>The attribution names a source that does not exist (%1).</source>
        <comment>source: who a claim comes from</comment>
        <translation>Die Zuschreibung nennt eine Quelle, die nicht existiert (%1).</translation>
    </message>
    <message>
        <source>%1 suggestions for %2 sentences.</source>
        <translation>%1 Vorschläge für %2 Sätze.</translation>
    </message>
    <message>
        <source>An analyst&apos;s attribution is either confirmed or edited, not suggested.</source>
        <translation>Die Zuschreibung eines Analysten ist entweder bestätigt oder bearbeitet, nicht vorgeschlagen.</translation>
    </message>
    <message>
        <source>There is no attribution %1.</source>
        <translation>Es gibt keine Zuschreibung %1.</translation>
    </message>
    <message>
        <source>It was changed by someone else meanwhile.</source>
        <translation>Jemand anderes hat es inzwischen geändert.</translation>
    </message>
</context>
<context>
    <name>ClaimTable</name>
    <message>
        <source>A claim&apos;s span must lie inside its sentence.</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Der Textbereich einer Aussage muss innerhalb ihres Satzes liegen.</translation>
    </message>
    <message>
        <source>There is no claim %1.</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Es gibt keine Aussage %1.</translation>
    </message>
    <message>
        <source>There is no tag %1.</source>
        <translation>Es gibt kein Schlagwort %1.</translation>
    </message>
    <message>
        <source>Evidence needs a link.</source>
        <translation>Ein Beleg benötigt einen Link.</translation>
    </message>
    <message>
        <source>There is no evidence link %1.</source>
        <translation>Es gibt keinen Beleglink %1.</translation>
    </message>
    <message>
        <source>“%1” is not a web address (http or https).</source>
        <translation>„%1“ ist keine Webadresse (http oder https).</translation>
    </message>
</context>
<context>
    <name>Codebook</name>
    <message>
        <source>A tag needs a name.</source>
        <translation>Ein Schlagwort benötigt einen Namen.</translation>
    </message>
    <message>
        <source>There is already a tag called “%1”.</source>
        <translation>Es gibt bereits ein Schlagwort namens „%1“.</translation>
    </message>
    <message>
        <source>There is no tag %1.</source>
        <translation>Es gibt kein Schlagwort %1.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Usage: sourcelight [--project FILE] [FILE…]
       sourcelight COMMAND [OPTIONS…]
       sourcelight --version | --help

Without a command, opens the review window (on the default library unless a project is given).
</source>
        <translation>Aufruf: sourcelight [--project DATEI] [DATEI…]
        sourcelight BEFEHL [OPTIONEN…]
        sourcelight --version | --help

Ohne Befehl wird das Prüffenster geöffnet (mit der Standardbibliothek, sofern kein Projekt angegeben ist).
</translation>
    </message>
    <message>
        <source>Commands (no display needed):</source>
        <translation>Befehle (keine grafische Oberfläche nötig):</translation>
    </message>
    <message>
        <source>Run &apos;sourcelight COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>„sourcelight BEFEHL --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (kompiliert mit %2)</translation>
    </message>
    <message>
        <source>KDE Frameworks SyntaxHighlighting %1</source>
        <translation>KDE Frameworks SyntaxHighlighting %1</translation>
    </message>
    <message>
        <source>sourcelight: unknown option &apos;%1&apos;</source>
        <translation>sourcelight: unbekannte Option „%1“</translation>
    </message>
    <message>
        <source>sourcelight: &apos;%1&apos; is neither a command nor a file</source>
        <translation>sourcelight: „%1“ ist weder ein Befehl noch eine Datei</translation>
    </message>
</context>
<context>
    <name>DefaultLibrary</name>
    <message>
        <source>The sample article “%1” could not be added: %2</source>
        <translation>Der Beispielartikel „%1“ konnte nicht hinzugefügt werden: %2</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>Unverified</source>
        <comment>verdict</comment>
        <translation>Ungeprüft</translation>
    </message>
    <message>
        <source>Supported</source>
        <comment>verdict</comment>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Disputed</source>
        <comment>verdict</comment>
        <translation>Umstritten</translation>
    </message>
    <message>
        <source>Misleading</source>
        <comment>verdict</comment>
        <translation>Irreführend</translation>
    </message>
    <message>
        <source>False</source>
        <comment>verdict</comment>
        <translation>Falsch</translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <comment>verdict</comment>
        <translation>Nicht überprüfbar</translation>
    </message>
    <message>
        <source>Fact</source>
        <comment>claim type</comment>
        <translation>Tatsache</translation>
    </message>
    <message>
        <source>Statistic</source>
        <comment>claim type</comment>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Forecast</source>
        <comment>claim type</comment>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Opinion</source>
        <comment>claim type</comment>
        <translation>Meinung</translation>
    </message>
    <message>
        <source>Quote</source>
        <comment>claim type</comment>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>claim type</comment>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Outlet</source>
        <comment>source kind</comment>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Person</source>
        <comment>source kind</comment>
        <translation>Person</translation>
    </message>
    <message>
        <source>Official body</source>
        <comment>source kind</comment>
        <translation>Behörde</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <comment>source kind</comment>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>Document</source>
        <comment>source kind</comment>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Author</source>
        <comment>source kind</comment>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Outlets</source>
        <comment>source kind</comment>
        <translation>Medien</translation>
    </message>
    <message>
        <source>People</source>
        <comment>source kind</comment>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Official bodies</source>
        <comment>source kind</comment>
        <translation>Behörden</translation>
    </message>
    <message>
        <source>Anonymous sources</source>
        <comment>source kind</comment>
        <translation>Anonyme Quellen</translation>
    </message>
    <message>
        <source>Documents</source>
        <comment>source kind</comment>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Authors</source>
        <comment>source kind</comment>
        <translation>Autoren</translation>
    </message>
    <message>
        <source>Suggested</source>
        <comment>attribution origin</comment>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <comment>attribution origin</comment>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Edited</source>
        <comment>attribution origin</comment>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>No quotation</source>
        <comment>quote type</comment>
        <translation>Kein Zitat</translation>
    </message>
    <message>
        <source>Direct quote</source>
        <comment>quote type</comment>
        <translation>Direktes Zitat</translation>
    </message>
    <message>
        <source>Indirect (reported speech)</source>
        <comment>quote type</comment>
        <translation>Indirektes Zitat (indirekte Rede)</translation>
    </message>
    <message>
        <source>Mixed quote</source>
        <comment>quote type</comment>
        <translation>Gemischtes Zitat</translation>
    </message>
    <message>
        <source>Explicit</source>
        <comment>attribution scope</comment>
        <translation>Ausdrücklich</translation>
    </message>
    <message>
        <source>Attributed by a later sentence</source>
        <comment>attribution scope</comment>
        <translation>Durch einen späteren Satz zugeschrieben</translation>
    </message>
    <message>
        <source>Carried from an earlier sentence</source>
        <comment>attribution scope</comment>
        <translation>Aus einem früheren Satz übernommen</translation>
    </message>
    <message>
        <source>Author&apos;s own voice</source>
        <comment>attribution scope</comment>
        <translation>Eigene Stimme des Autors</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <comment>number of speakers</comment>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>One</source>
        <comment>number of speakers</comment>
        <translation>Eine</translation>
    </message>
    <message>
        <source>Another</source>
        <comment>number of speakers</comment>
        <translation>Eine weitere</translation>
    </message>
    <message>
        <source>Several</source>
        <comment>number of speakers</comment>
        <translation>Mehrere</translation>
    </message>
    <message>
        <source>article&apos;s own voice</source>
        <comment>attribution</comment>
        <translation>eigene Stimme des Artikels</translation>
    </message>
    <message>
        <source>anonymous</source>
        <comment>source mention</comment>
        <translation>anonym</translation>
    </message>
    <message>
        <source>off the record</source>
        <comment>source mention</comment>
        <translation>nicht zitierfähig</translation>
    </message>
    <message>
        <source>via %1</source>
        <comment>attribution: the conduit a source is quoted through</comment>
        <translation>über %1</translation>
    </message>
</context>
<context>
    <name>DocumentReader</name>
    <message>
        <source>The file does not exist.</source>
        <translation>Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Dies ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>Files of type “.%1” cannot be imported; use .txt, .md or .html.</source>
        <translation>Dateien vom Typ „.%1“ können nicht importiert werden; verwenden Sie .txt, .md oder .html.</translation>
    </message>
    <message>
        <source>The file is too large to be an article (%1 MB).</source>
        <translation>Die Datei ist zu groß für einen Artikel (%1 MB).</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file contains no text to review.</source>
        <translation>Die Datei enthält keinen Text zum Prüfen.</translation>
    </message>
    <message>
        <source>This is not a regular file but a device, pipe or socket; only files can be read.</source>
        <translation>Dies ist keine reguläre Datei, sondern ein Gerät, eine Pipe oder ein Socket; nur Dateien können gelesen werden.</translation>
    </message>
    <message>
        <source>The input is larger than %1 MB, more than can be imported.</source>
        <translation>Die Eingabe ist größer als %1 MB, mehr als importiert werden kann.</translation>
    </message>
</context>
<context>
    <name>DocumentReanchorer</name>
    <message>
        <source>Attribution of “%1”</source>
        <translation>Zuschreibung von „%1“</translation>
    </message>
    <message>
        <source>Claim on “%1”</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Aussage zu „%1“</translation>
    </message>
</context>
<context>
    <name>DocumentSnapshot</name>
    <message>
        <source>There is no document %1.</source>
        <translation>Es gibt kein Dokument %1.</translation>
    </message>
    <message>
        <source>“%1” cannot be put back: something added since it was removed has taken its place (%2 %3).</source>
        <translation>„%1“ kann nicht wiederhergestellt werden: Etwas, das seit dem Entfernen hinzugefügt wurde, hat seinen Platz eingenommen (%2 %3).</translation>
    </message>
    <message>
        <source>“%1” cannot be put back: the same text has been imported again since it was removed.</source>
        <translation>„%1“ kann nicht wiederhergestellt werden: Derselbe Text wurde seit dem Entfernen erneut importiert.</translation>
    </message>
</context>
<context>
    <name>DocumentTable</name>
    <message>
        <source>A sentence lies outside the document&apos;s text (%1–%2 of %3).</source>
        <translation>Ein Satz liegt außerhalb des Dokumenttexts (%1–%2 von %3).</translation>
    </message>
    <message>
        <source>There is no document %1.</source>
        <translation>Es gibt kein Dokument %1.</translation>
    </message>
    <message>
        <source>There is no sentence %1.</source>
        <translation>Es gibt keinen Satz %1.</translation>
    </message>
</context>
<context>
    <name>EvaluateCommand</name>
    <message>
        <source>cannot open &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>score the suggested attributions against labelled articles (JSON or text)</source>
        <translation>die Güte der vorgeschlagenen Zuschreibungen an annotierten Artikeln messen (JSON oder Text)</translation>
    </message>
    <message>
        <source>Usage: sourcelight evaluate --gold FILE|DIR [--split all|dev|test] [--format json|text]

Runs the attribution suggester on every labelled article of a gold file (JSONL, see
docs/gold-format.md) and prints source precision, recall and F1 by split, cue class and source
kind, with the missed sources. A directory means every *.jsonl file in it.

  --gold PATH      gold JSONL file, or a directory of them (required)
  --split SPLIT    only the articles of this split: all (default), dev or test
  --format FORMAT  json (default: one JSON object) or text (a summary for people)
  -h, --help       show this help
</source>
        <translation>Aufruf: sourcelight evaluate --gold DATEI|ORDNER [--split all|dev|test] [--format json|text]

Erstellt Zuschreibungsvorschläge für alle annotierten Artikel einer Goldstandard-Datei (JSONL, siehe
docs/gold-format.md) und gibt Precision, Recall und F1 der Quellen nach Teilmenge, Signalwortklasse und
Quellenart aus, mit den nicht gefundenen Quellen. Ein Ordner steht für alle *.jsonl-Dateien darin.

  --gold PFAD      Goldstandard-Datei im JSONL-Format oder ein Ordner solcher Dateien (erforderlich)
  --split TEIL     nur die Artikel dieser Teilmenge: all (Standard), dev oder test
  --format FORMAT  json (Standard: ein JSON-Objekt) oder text (eine Zusammenfassung zum Lesen)
  -h, --help       diese Hilfe anzeigen
</translation>
    </message>
    <message>
        <source>no *.jsonl file in &apos;%1&apos;</source>
        <translation>keine *.jsonl-Datei in „%1“</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>write a report or export (HTML, PDF, Markdown, CSV, JSON, W3C, ClaimReview, REFI-QDA)</source>
        <translation>einen Bericht oder Export schreiben (HTML, PDF, Markdown, CSV, JSON, W3C, ClaimReview, REFI-QDA)</translation>
    </message>
    <message>
        <source>--project needs a file name</source>
        <translation>--project benötigt einen Dateinamen</translation>
    </message>
    <message>
        <source>--format needs a format</source>
        <translation>--format benötigt ein Format</translation>
    </message>
    <message>
        <source>%1 needs a file name</source>
        <translation>%1 benötigt einen Dateinamen</translation>
    </message>
    <message>
        <source>--document needs a document id</source>
        <translation>--document benötigt eine Dokument-ID</translation>
    </message>
    <message>
        <source>--filter needs a filter</source>
        <translation>--filter benötigt einen Filter</translation>
    </message>
    <message>
        <source>--page-size needs a4 or letter</source>
        <translation>--page-size benötigt a4 oder letter</translation>
    </message>
    <message>
        <source>--title needs a text</source>
        <translation>--title benötigt einen Text</translation>
    </message>
    <message>
        <source>--organisation needs a name</source>
        <translation>--organisation benötigt einen Namen</translation>
    </message>
    <message>
        <source>--organisation-url needs an address</source>
        <translation>--organisation-url benötigt eine Adresse</translation>
    </message>
    <message>
        <source>--format is required</source>
        <translation>--format ist erforderlich</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;</source>
        <translation>unbekanntes Format „%1“</translation>
    </message>
    <message>
        <source>-o is required (&apos;-&apos; for standard output)</source>
        <translation>-o ist erforderlich („-“ für die Standardausgabe)</translation>
    </message>
    <message>
        <source>a %1 export is binary; give a file name to -o</source>
        <translation>ein %1-Export ist binär; geben Sie bei -o einen Dateinamen an</translation>
    </message>
    <message>
        <source>unknown page size &apos;%1&apos; (a4 or letter)</source>
        <translation>unbekannte Seitengröße „%1“ (a4 oder letter)</translation>
    </message>
    <message>
        <source>the %1 format needs the font system; run it through the sourcelight executable</source>
        <translation>das Format %1 benötigt das Schriftsystem; führen Sie es über das Programm sourcelight aus</translation>
    </message>
    <message>
        <source>export: %1%</source>
        <translation>export: %1 %</translation>
    </message>
    <message>
        <source>Usage: sourcelight export --project FILE.sourcelight --format FORMAT [OPTIONS…] -o OUT

Writes the project, or the documents given, as FORMAT:
  html         annotated report, one self-contained file
  pdf          the same report, paged (A4 or Letter)
  md           the same report in Markdown
  csv          one row per claim (RFC 4180, UTF-8)
  json         lossless, versioned export that re-imports into an empty project
  w3c          W3C Web Annotation collection (JSON-LD)
  claimreview  schema.org ClaimReview (JSON-LD) for each claim with a verdict
  qdpx         REFI-QDA project for QualCoder, MAXQDA, ATLAS.ti, NVivo

  --project FILE         the project to export
  --format FORMAT        one of the formats above
  -o, --output OUT       the file to write; &apos;-&apos; writes text formats to standard output
  --document ID          only this document (repeat for several); default: the whole project
  --all-versions         include superseded versions of re-imported articles (json always does)
  --filter F             only some claims (repeatable): verified, anonymous, source=ID or NAME,
                         verdict=NAME, type=NAME
  --page-size a4|letter  PDF page size (default a4)
  --bom                  start a CSV with a UTF-8 byte order mark
  --raw                  write CSV cells that begin with =, +, - or @ as they are (by default they
                         get a leading apostrophe, so spreadsheets do not run them as formulas)
  --title TEXT           the report&apos;s title
  --organisation NAME    the reviewing organisation (ClaimReview author; default from settings)
  --organisation-url URL its web address
  --indent               indent JSON output (the default is compact, and much faster)
  --progress             print progress to standard error
  -h, --help             show this help
</source>
        <translation>Aufruf: sourcelight export --project DATEI.sourcelight --format FORMAT [OPTIONEN…] -o AUSGABE

Schreibt das Projekt oder die angegebenen Dokumente im FORMAT:
  html         kommentierter Bericht, eine eigenständige Datei
  pdf          derselbe Bericht, in Seiten umbrochen (A4 oder Letter)
  md           derselbe Bericht in Markdown
  csv          eine Zeile pro Aussage (RFC 4180, UTF-8)
  json         verlustfreier, versionierter Export, der sich in ein leeres Projekt reimportieren lässt
  w3c          W3C-Web-Annotation-Sammlung (JSON-LD)
  claimreview  schema.org-ClaimReview (JSON-LD) für jede Aussage mit Bewertung
  qdpx         REFI-QDA-Projekt für QualCoder, MAXQDA, ATLAS.ti, NVivo

  --project DATEI        das zu exportierende Projekt
  --format FORMAT        eines der obigen Formate
  -o, --output AUSGABE   die zu schreibende Datei; „-“ schreibt Textformate auf die Standardausgabe
  --document ID          nur dieses Dokument (für mehrere wiederholen); Standard: das ganze Projekt
  --all-versions         auch ersetzte Versionen erneut importierter Artikel (json immer)
  --filter F             nur bestimmte Aussagen (wiederholbar): verified, anonymous, source=ID oder NAME,
                         verdict=NAME, type=NAME
  --page-size a4|letter  PDF-Seitengröße (Standard: a4)
  --bom                  CSV mit einer UTF-8-Byte-Order-Mark (BOM) beginnen
  --raw                  CSV-Zellen, die mit =, +, - oder @ beginnen, unverändert schreiben (standardmäßig
                         erhalten sie einen Apostroph, damit Tabellenkalkulationen sie nicht als Formeln ausführen)
  --title TEXT           der Titel des Berichts
  --organisation NAME    die prüfende Organisation (ClaimReview-Autor; Standard aus den Einstellungen)
  --organisation-url URL ihre Webadresse
  --indent               JSON-Ausgabe einrücken (Standard ist kompakt und viel schneller)
  --progress             Fortschritt auf die Standardfehlerausgabe schreiben
  -h, --help             diese Hilfe anzeigen
</translation>
    </message>
</context>
<context>
    <name>GoldCorpus</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>not a JSON object (one article per line)</source>
        <translation>kein JSON-Objekt (ein Artikel pro Zeile)</translation>
    </message>
    <message>
        <source>an article needs an id and relations</source>
        <translation>ein Artikel benötigt „id“ und „relations“</translation>
    </message>
    <message>
        <source>relation %1 of %2 has a span outside the text or whose text does not match</source>
        <translation>Relation %1 von %2 hat einen Textbereich außerhalb des Textes oder einen, dessen Text nicht übereinstimmt</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>--project needs a file name</source>
        <translation>--project benötigt einen Dateinamen</translation>
    </message>
    <message>
        <source>no files to import</source>
        <translation>keine Dateien zum Importieren</translation>
    </message>
    <message>
        <source>import articles (.txt, .md, .html) or restore a JSON backup into a project, one JSON line per file</source>
        <translation>Artikel (.txt, .md, .html) in ein Projekt importieren oder eine JSON-Sicherung wiederherstellen, eine JSON-Zeile pro Datei</translation>
    </message>
    <message>
        <source>a backup (.json) is restored on its own: give it as the only file</source>
        <translation>eine Sicherung (.json) wird für sich allein wiederhergestellt: geben Sie sie als einzige Datei an</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds</source>
        <translation>--timeout benötigt eine Anzahl Sekunden</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 1 to 3600</source>
        <translation>--timeout muss eine Anzahl Sekunden von 1 bis 3600 sein</translation>
    </message>
    <message>
        <source>Usage: sourcelight import --project FILE.sourcelight FILE|URL…
       sourcelight import --project NEW.sourcelight BACKUP.json

Imports each article into the project (created when it does not exist): its text, metadata,
sentences and suggested attributions. Prints one JSON line per file with its status: imported,
duplicate (the same text is already there), updated (a new version of an article already there;
the analyst&apos;s annotations are carried over) or error. Exits with 1 if any file failed.

An http:// or https:// address is fetched (that page only, nothing it refers to; at most 5
redirects and 20 MB) and imported with the address as its URL; importing the same address again
gives a new version when the page changed.

A .json file is a backup (a complete &apos;sourcelight export --format json&apos;): it is restored whole,
with every id, claim and history line, into a new project or one without documents, and must be
the only file given. A project that holds documents is refused and left unchanged. One JSON line
with status restored or error.

  --project FILE     the project to import into
  --timeout SECONDS  how long to wait for a web page (default 30)
  -h, --help         show this help
</source>
        <translation>Aufruf: sourcelight import --project DATEI.sourcelight DATEI|URL…
        sourcelight import --project NEU.sourcelight SICHERUNG.json

Importiert jeden Artikel in das Projekt (das angelegt wird, falls es nicht existiert): Text, Metadaten,
Sätze und vorgeschlagene Zuschreibungen. Gibt pro Datei eine JSON-Zeile mit ihrem Status aus: imported
(importiert), duplicate (derselbe Text ist bereits vorhanden), updated (eine neue Version eines bereits
vorhandenen Artikels; die Anmerkungen des Analysten werden übernommen) oder error (Fehler). Endet mit
Exit-Code 1, wenn eine Datei fehlgeschlagen ist.

Eine http://- oder https://-Adresse wird abgerufen (nur diese Seite, nichts, worauf sie verweist; höchstens
5 Weiterleitungen und 20 MB) und mit der Adresse als URL importiert; wird dieselbe Adresse erneut importiert,
entsteht eine neue Version, wenn sich die Seite geändert hat.

Eine .json-Datei ist eine Sicherung (ein vollständiges „sourcelight export --format json“): Sie wird
ganz wiederhergestellt, mit jeder ID, Aussage und Verlaufszeile, in ein neues Projekt oder eines ohne
Dokumente, und muss die einzige angegebene Datei sein. Ein Projekt mit Dokumenten wird abgelehnt und bleibt
unverändert. Eine JSON-Zeile mit dem Status restored oder error.

  --project DATEI      das Projekt, in das importiert wird
  --timeout SEKUNDEN   wie lange auf eine Webseite gewartet wird (Standard: 30)
  -h, --help           diese Hilfe anzeigen
</translation>
    </message>
    <message>
        <source>The server does not let you import into “%1”: only its admins may, and you are a %2 there.</source>
        <translation>Der Server lässt Sie nicht in „%1“ importieren: Das dürfen nur seine Admins, und Sie sind dort %2.</translation>
    </message>
</context>
<context>
    <name>JsonProjectImporter</name>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>This is not a Sourcelight JSON export: %1 (at byte %2).</source>
        <translation>Dies ist kein Sourcelight-JSON-Export: %1 (bei Byte %2).</translation>
    </message>
    <message>
        <source>This JSON file is not a Sourcelight project export.</source>
        <translation>Diese JSON-Datei ist kein Sourcelight-Projektexport.</translation>
    </message>
    <message>
        <source>This export is in format version %1; this version of Sourcelight reads up to version %2.</source>
        <translation>Dieser Export hat die Formatversion %1; diese Version von Sourcelight liest Formate bis Version %2.</translation>
    </message>
    <message>
        <source>Source %1 has an unknown kind “%2”.</source>
        <comment>source: who a claim comes from</comment>
        <translation>Quelle %1 hat eine unbekannte Art „%2“.</translation>
    </message>
    <message>
        <source>Attribution %1 has an unknown origin, quote type or scope.</source>
        <translation>Zuschreibung %1 hat eine unbekannte Herkunft, Zitatart oder Reichweite.</translation>
    </message>
    <message>
        <source>Attribution %1 has an unknown source count “%2”.</source>
        <translation>Zuschreibung %1 hat eine unbekannte Quellenanzahl „%2“.</translation>
    </message>
    <message>
        <source>Claim %1 has an unknown type or verdict.</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Aussage %1 hat einen unbekannten Typ oder eine unbekannte Bewertung.</translation>
    </message>
    <message>
        <source>This export holds only part of a project (chosen documents or filtered claims); only a complete export, written without --document or filters, can be restored.</source>
        <translation>Dieser Export enthält nur einen Teil eines Projekts (ausgewählte Dokumente oder gefilterte Aussagen); nur ein vollständiger Export, ohne --document oder Filter geschrieben, kann wiederhergestellt werden.</translation>
    </message>
    <message numerus="yes">
        <source>The project already holds %n document(s). A backup is restored only into a project without documents: restore it into a new project file. Nothing was changed.</source>
        <translation>
            <numerusform>Das Projekt enthält bereits %n Dokument. Eine Sicherung wird nur in ein Projekt ohne Dokumente wiederhergestellt: Stellen Sie sie in eine neue Projektdatei wieder her. Nichts wurde geändert.</numerusform>
            <numerusform>Das Projekt enthält bereits %n Dokumente. Eine Sicherung wird nur in ein Projekt ohne Dokumente wiederhergestellt: Stellen Sie sie in eine neue Projektdatei wieder her. Nichts wurde geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was changed.</source>
        <translation>Die Wiederherstellung wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message numerus="yes">
        <source>The backup holds the reviewers&apos; own codings of %n document(s), and who marked them done; a project file cannot hold independent review, so they were left out. Restore the backup into a team project on a server to keep them.</source>
        <translation>
            <numerusform>Die Sicherung enthält die eigenen Kodierungen der Prüfer/innen von %n Dokument und wer es als erledigt markiert hat; eine Projektdatei kann keine unabhängige Prüfung aufnehmen, daher wurden sie ausgelassen. Stellen Sie die Sicherung in einem Teamprojekt auf einem Server wieder her, um sie zu behalten.</numerusform>
            <numerusform>Die Sicherung enthält die eigenen Kodierungen der Prüfer/innen von %n Dokumenten und wer sie als erledigt markiert hat; eine Projektdatei kann keine unabhängige Prüfung aufnehmen, daher wurden sie ausgelassen. Stellen Sie die Sicherung in einem Teamprojekt auf einem Server wieder her, um sie zu behalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewer %1 has an unknown part “%2”.</source>
        <translation>Prüfer/in %1 hat eine unbekannte Rolle „%2“.</translation>
    </message>
    <message>
        <source>The backup has an unknown review mode “%1”.</source>
        <translation>Die Sicherung hat einen unbekannten Prüfmodus „%1“.</translation>
    </message>
</context>
<context>
    <name>OfflineJournal</name>
    <message>
        <source>“%1”, of edits from an earlier session, is in the way.</source>
        <translation>„%1“ mit Änderungen aus einer früheren Sitzung ist im Weg.</translation>
    </message>
    <message>
        <source>The file “%1” of edits sent already could not be removed.</source>
        <translation>Die Datei „%1“ mit bereits gesendeten Änderungen konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The folder “%1” could not be made.</source>
        <translation>Der Ordner „%1“ konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The edits kept on this computer from an earlier session could not be read from “%1”: %2</source>
        <translation>Die auf diesem Computer aufbewahrten Änderungen aus einer früheren Sitzung konnten nicht aus „%1“ gelesen werden: %2</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>die Datei ist beschädigt</translation>
    </message>
    <message>
        <source>they were made on a project that was at this address before, not on this one</source>
        <translation>sie wurden an einem Projekt vorgenommen, das früher unter dieser Adresse lag, nicht an diesem</translation>
    </message>
    <message>
        <source>The edits kept on this computer from an earlier session were not sent: %1. The file is kept as “%2”.</source>
        <translation>Die auf diesem Computer aufbewahrten Änderungen aus einer früheren Sitzung wurden nicht gesendet: %1. Die Datei wird als „%2“ aufbewahrt.</translation>
    </message>
    <message>
        <source>The edits kept on this computer from an earlier session were not sent: %1. The file “%2” could not be renamed; it is left as it is.</source>
        <translation>Die auf diesem Computer aufbewahrten Änderungen aus einer früheren Sitzung wurden nicht gesendet: %1. Die Datei „%2“ konnte nicht umbenannt werden; sie bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>another Sourcelight window of this login has the project open and keeps its own edits there.</source>
        <translation>ein anderes Sourcelight-Fenster dieses Logins hat das Projekt geöffnet und bewahrt dort seine eigenen Änderungen auf.</translation>
    </message>
</context>
<context>
    <name>ProjectImporter</name>
    <message>
        <source>There is no text to import.</source>
        <translation>Es gibt keinen Text zum Importieren.</translation>
    </message>
    <message>
        <source>The same text is already in the project (document %1).</source>
        <translation>Derselbe Text ist bereits im Projekt (Dokument %1).</translation>
    </message>
    <message numerus="yes">
        <source>New version of document %1; %n annotation(s) carried over</source>
        <translation>
            <numerusform>Neue Version von Dokument %1; %n Anmerkung übernommen</numerusform>
            <numerusform>Neue Version von Dokument %1; %n Anmerkungen übernommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) could not be placed and stay on the old version: %1</source>
        <translation>
            <numerusform>%n Anmerkung konnte nicht platziert werden und bleibt bei der alten Version: %1</numerusform>
            <numerusform>%n Anmerkungen konnten nicht platziert werden und bleiben bei der alten Version: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectStats</name>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Attributed sentences</source>
        <translation>Zugeschriebene Sätze</translation>
    </message>
    <message>
        <source>Reviewed sentences</source>
        <translation>Geprüfte Sätze</translation>
    </message>
    <message>
        <source>Claims</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Aussagen</translation>
    </message>
    <message>
        <source>Claims resting on anonymous sources</source>
        <translation>Aussagen, die auf anonymen Quellen beruhen</translation>
    </message>
    <message>
        <source>Per verdict</source>
        <comment>verdict: the finding about a claim</comment>
        <translation>Je Bewertung</translation>
    </message>
    <message>
        <source>Per source</source>
        <comment>source: who a claim comes from</comment>
        <translation>Je Quelle</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>source: who a claim comes from</comment>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
</context>
<context>
    <name>PublishCommand</name>
    <message>
        <source>upload a project file to a PostgreSQL server for team review</source>
        <translation>eine Projektdatei zur Prüfung im Team auf einen PostgreSQL-Server hochladen</translation>
    </message>
    <message>
        <source>Usage: sourcelight publish --project FILE.sourcelight --to postgresql://USER@HOST/DATABASE

Copies a project file, whole (every document and version, sources, claims, tags, history), into an
empty database on a PostgreSQL server, where the team then opens it by its address. The database
must exist and hold no project with documents; the file is only read. Prints one JSON line.

  --project FILE   the project file to publish
  --to ADDRESS     the server project (the password from ~/.pgpass or PGPASSWORD)
  -h, --help       show this help
</source>
        <translation>Aufruf: sourcelight publish --project DATEI.sourcelight --to postgresql://BENUTZER@HOST/DATENBANK

Kopiert eine Projektdatei vollständig (alle Dokumente und Versionen, Quellen, Aussagen, Schlagwörter,
Verlauf) in eine leere Datenbank auf einem PostgreSQL-Server, wo das Team sie über ihre Adresse öffnet.
Die Datenbank muss existieren und darf kein Projekt mit Dokumenten enthalten; die Datei wird nur gelesen.
Gibt eine JSON-Zeile aus.

  --project DATEI  die zu veröffentlichende Projektdatei
  --to ADRESSE     das Serverprojekt (das Passwort aus ~/.pgpass oder PGPASSWORD)
  -h, --help       diese Hilfe anzeigen
</translation>
    </message>
</context>
<context>
    <name>RemoveDocumentCommand</name>
    <message>
        <source>The document could not be put back: %1</source>
        <translation>Das Dokument konnte nicht wiederhergestellt werden: %1</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>There is no document %1 in the project.</source>
        <translation>Das Projekt enthält kein Dokument %1.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ReportFilterParser</name>
    <message>
        <source>there is no source &apos;%1&apos; in the project</source>
        <comment>source: who a claim comes from</comment>
        <translation>es gibt keine Quelle „%1“ im Projekt</translation>
    </message>
    <message>
        <source>unknown filter &apos;%1&apos;</source>
        <translation>unbekannter Filter „%1“</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>HTML report</source>
        <translation>HTML-Bericht</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>PDF-Bericht</translation>
    </message>
    <message>
        <source>Markdown report</source>
        <translation>Markdown-Bericht</translation>
    </message>
    <message>
        <source>CSV table of claims</source>
        <translation>CSV-Tabelle der Aussagen</translation>
    </message>
    <message>
        <source>Sourcelight JSON (lossless, re-importable)</source>
        <translation>Sourcelight-JSON (verlustfrei, erneut importierbar)</translation>
    </message>
    <message>
        <source>W3C Web Annotations (JSON-LD)</source>
        <translation>W3C Web Annotations (JSON-LD)</translation>
    </message>
    <message>
        <source>schema.org ClaimReview (JSON-LD)</source>
        <translation>schema.org ClaimReview (JSON-LD)</translation>
    </message>
    <message>
        <source>REFI-QDA project (.qdpx)</source>
        <translation>REFI-QDA-Projekt (.qdpx)</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>suggested</source>
        <comment>attribution origin</comment>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <source>confirmed</source>
        <comment>attribution origin</comment>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>edited</source>
        <comment>attribution origin</comment>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>source %1</source>
        <comment>source: who a claim comes from</comment>
        <translation>Quelle %1</translation>
    </message>
    <message>
        <source>Author (the article&apos;s own voice)</source>
        <translation>Autor (eigene Stimme des Artikels)</translation>
    </message>
    <message>
        <source>Source review: %1</source>
        <translation>Quellenprüfung: %1</translation>
    </message>
    <message>
        <source>project</source>
        <translation>Projekt</translation>
    </message>
    <message numerus="yes">
        <source>whole project (%n document(s))</source>
        <translation>
            <numerusform>gesamtes Projekt (%n Dokument)</numerusform>
            <numerusform>gesamtes Projekt (%n Dokumente)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected document(s)</source>
        <translation>
            <numerusform>%n ausgewähltes Dokument</numerusform>
            <numerusform>%n ausgewählte Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <source>only verified claims</source>
        <comment>claim: a reviewed statement</comment>
        <translation>nur geprüfte Aussagen</translation>
    </message>
    <message>
        <source>only claims resting on anonymous sources</source>
        <comment>claim: a reviewed statement</comment>
        <translation>nur Aussagen, die auf anonymen Quellen beruhen</translation>
    </message>
    <message>
        <source>source: %1</source>
        <comment>source: who a claim comes from</comment>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>verdict: %1</source>
        <translation>Bewertung: %1</translation>
    </message>
    <message>
        <source>claim type: %1</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Aussagetyp: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Sentences per source</source>
        <comment>source: who a claim comes from</comment>
        <translation>Sätze je Quelle</translation>
    </message>
    <message>
        <source>Claims by verdict</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Aussagen nach Bewertung</translation>
    </message>
    <message>
        <source>Attributions</source>
        <translation>Zuschreibungen</translation>
    </message>
    <message>
        <source>Claims</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Aussagen</translation>
    </message>
    <message>
        <source>Sources</source>
        <comment>source: who a claim comes from</comment>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Sentences resting on a source</source>
        <comment>source: who a claim comes from</comment>
        <translation>Sätze, die auf einer Quelle beruhen</translation>
    </message>
    <message>
        <source>Attributions confirmed by an analyst</source>
        <translation>Von Analysten bestätigte Zuschreibungen</translation>
    </message>
    <message>
        <source>Claims resting on anonymous sources</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Aussagen, die auf anonymen Quellen beruhen</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>source: who a claim comes from</comment>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Signalwort</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitatart</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Claim</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer/in</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Also called</source>
        <translation>Auch genannt</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Zugehörigkeit</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Untitled document %1</source>
        <translation>Dokument %1 ohne Titel</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Beleg:</translation>
    </message>
    <message>
        <source>Agreement between reviewers</source>
        <translation>Übereinstimmung der Prüfer</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation>Krippendorffs α</translation>
    </message>
    <message>
        <source>Sentences coded twice or more</source>
        <translation>Mindestens zweimal codierte Sätze</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Prüfer/innen</translation>
    </message>
    <message>
        <source>Per pair: agreement, Cohen&apos;s κ</source>
        <translation>Je Paar: Übereinstimmung, Cohens κ</translation>
    </message>
    <message>
        <source>%1–%2: %3 %, κ %4</source>
        <translation>%1–%2: %3 %, κ %4</translation>
    </message>
    <message>
        <source>Independent codings by %1. Each sentence is a unit; a reviewer&apos;s value is their own decision, or the suggestion they let stand once they marked the document done. α is Krippendorff&apos;s alpha for nominal data (1: perfect agreement, 0: chance); — where it is undefined (too few values, or no variation).</source>
        <translation>Unabhängige Codierungen von %1. Jeder Satz ist eine Einheit; der Wert eines Prüfers ist seine eigene Entscheidung oder der Vorschlag, den er stehen ließ, nachdem er das Dokument als erledigt markiert hat. α ist Krippendorffs Alpha für nominale Daten (1: vollständige Übereinstimmung, 0: Zufall); — wo es nicht definiert ist (zu wenige Werte oder keine Variation).</translation>
    </message>
    <message>
        <source>Tag “%1”</source>
        <translation>Schlagwort „%1“</translation>
    </message>
    <message>
        <source>Anonymity</source>
        <translation>Anonymität</translation>
    </message>
    <message>
        <source>Quote type</source>
        <translation>Zitatart</translation>
    </message>
    <message>
        <source>Claim type</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Aussagetyp</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot write the report: %1</source>
        <translation>Der Bericht kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>The upgrade of the project to version %1 is missing from this build.</source>
        <translation>Die Aktualisierung des Projekts auf Version %1 fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>Could not upgrade the project to version %1 (%2): %3</source>
        <translation>Das Projekt konnte nicht auf Version %1 aktualisiert werden (%2): %3</translation>
    </message>
</context>
<context>
    <name>SentenceBoundaries</name>
    <message>
        <source>There is no document %1.</source>
        <translation>Es gibt kein Dokument %1.</translation>
    </message>
    <message>
        <source>A sentence cannot be split at its edge: place the cursor between two of its words.</source>
        <translation>Ein Satz kann nicht an seinem Rand geteilt werden: Setzen Sie den Cursor zwischen zwei seiner Wörter.</translation>
    </message>
    <message>
        <source>The claimed words cross that point: split the sentence elsewhere.</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Die Wörter der Aussage überschreiten diese Stelle: Teilen Sie den Satz an anderer Stelle.</translation>
    </message>
    <message>
        <source>This is the last sentence of the article: there is no next sentence to merge it with.</source>
        <translation>Dies ist der letzte Satz des Artikels: Es gibt keinen nächsten Satz, mit dem er zusammengeführt werden kann.</translation>
    </message>
    <message>
        <source>The sentences have changed since; their boundaries cannot be put back.</source>
        <translation>Die Sätze haben sich inzwischen geändert; ihre Grenzen können nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Sentence %1 cannot be put back: its id has been taken since.</source>
        <translation>Satz %1 kann nicht wiederhergestellt werden: Seine Kennung wurde inzwischen vergeben.</translation>
    </message>
    <message>
        <source>The sentence was split or merged by someone else meanwhile; look at it again.</source>
        <translation>Der Satz wurde inzwischen von jemand anderem geteilt oder zusammengeführt; sehen Sie ihn sich noch einmal an.</translation>
    </message>
    <message>
        <source>Reviewers have coded this sentence on their own: its boundaries stay as they coded it (a split or a merge would leave their codings on other words, or drop them). Split and merge sentences before independent coding begins.</source>
        <translation>Prüfer/innen haben diesen Satz unabhängig kodiert: Seine Grenzen bleiben, wie sie ihn kodiert haben (eine Teilung oder Zusammenführung würde ihre Kodierungen auf anderen Wörtern lassen oder verwerfen). Teilen und führen Sie Sätze zusammen, bevor die unabhängige Kodierung beginnt.</translation>
    </message>
</context>
<context>
    <name>SentenceBoundaryCommand</name>
    <message>
        <source>The sentence boundaries could not be put back: %1</source>
        <translation>Die Satzgrenzen konnten nicht wiederhergestellt werden: %1</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>“%1” is not a PostgreSQL address (postgresql://user@host:port/database).</source>
        <translation>„%1“ ist keine PostgreSQL-Adresse (postgresql://benutzer@host:port/datenbank).</translation>
    </message>
    <message>
        <source>“%1” is not a valid PostgreSQL address: %2</source>
        <translation>„%1“ ist keine gültige PostgreSQL-Adresse: %2</translation>
    </message>
    <message>
        <source>The address “%1” names no database: write it as postgresql://host/database.</source>
        <translation>Die Adresse „%1“ nennt keine Datenbank: Schreiben Sie sie als postgresql://host/datenbank.</translation>
    </message>
    <message>
        <source>The address “%1” has a port that is not a number.</source>
        <translation>Die Adresse „%1“ hat einen Port, der keine Zahl ist.</translation>
    </message>
    <message>
        <source>The option “%1” of the address “%2” holds a character Sourcelight cannot pass on.</source>
        <translation>Die Option „%1“ der Adresse „%2“ enthält ein Zeichen, das Sourcelight nicht weitergeben kann.</translation>
    </message>
    <message>
        <source>The address “%1” has an option Sourcelight does not know: “%2”.</source>
        <translation>Die Adresse „%1“ hat eine Option, die Sourcelight nicht kennt: „%2“.</translation>
    </message>
</context>
<context>
    <name>SourceTable</name>
    <message>
        <source>A source needs a name.</source>
        <comment>source: who a claim comes from</comment>
        <translation>Eine Quelle benötigt einen Namen.</translation>
    </message>
    <message>
        <source>There is already a source called “%1”.</source>
        <comment>source: who a claim comes from</comment>
        <translation>Es gibt bereits eine Quelle namens „%1“.</translation>
    </message>
    <message>
        <source>A source cannot be affiliated with itself or one of its own affiliates.</source>
        <comment>source: who a claim comes from</comment>
        <translation>Eine Quelle kann nicht sich selbst oder einer ihr zugehörigen Quelle zugeordnet werden.</translation>
    </message>
    <message>
        <source>“%1” is still cited by attributions; merge it into another source instead.</source>
        <comment>source: who a claim comes from</comment>
        <translation>„%1“ wird noch in Zuschreibungen genannt; führen Sie die Quelle stattdessen mit einer anderen zusammen.</translation>
    </message>
    <message>
        <source>There is no source %1.</source>
        <comment>source: who a claim comes from</comment>
        <translation>Es gibt keine Quelle %1.</translation>
    </message>
</context>
<context>
    <name>Sourcelight::AboutDialog</name>
    <message>
        <source>About Sourcelight</source>
        <translation>Über Sourcelight</translation>
    </message>
    <message>
        <source>Source-attributed claim review: who said what, through whom.</source>
        <translation>Aussagenprüfung mit Quellenzuschreibung: wer was gesagt hat, über wen.</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)
KDE Frameworks SyntaxHighlighting %3</source>
        <translation>Qt %1 (kompiliert mit %2)
KDE Frameworks SyntaxHighlighting %3</translation>
    </message>
</context>
<context>
    <name>Sourcelight::AdjudicationDialog</name>
    <message>
        <source>Adjudicate Disagreements</source>
        <translation>Abweichungen entscheiden</translation>
    </message>
    <message>
        <source>&amp;Go to Sentence</source>
        <translation>Zum &amp;Satz</translation>
    </message>
    <message>
        <source>Use %1&apos;s (%2)</source>
        <translation>%1 übernehmen (%2)</translation>
    </message>
    <message>
        <source>The reviewers agree on every sentence of this document they coded.</source>
        <translation>Die Prüfer/innen stimmen bei jedem Satz dieses Dokuments überein, den sie kodiert haben.</translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s) of this document where the reviewers disagree. Pick a row, then whose decision is to be the final one.</source>
        <translation>
            <numerusform>%n Satz dieses Dokuments, bei dem die Prüfer/innen abweichen. Wählen Sie eine Zeile, dann wessen Entscheidung endgültig sein soll.</numerusform>
            <numerusform>%n Sätze dieses Dokuments, bei denen die Prüfer/innen abweichen. Wählen Sie eine Zeile, dann wessen Entscheidung endgültig sein soll.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sourcelight::AdjudicationModel</name>
    <message>
        <source>%1 did not code this sentence.</source>
        <translation>%1 hat diesen Satz nicht kodiert.</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Endgültig</translation>
    </message>
    <message>
        <source>[suggested]</source>
        <translation>[vorgeschlagen]</translation>
    </message>
    <message>
        <source>no claim</source>
        <translation>keine Aussage</translation>
    </message>
</context>
<context>
    <name>Sourcelight::ArticleDetailsDialog</name>
    <message>
        <source>New Article</source>
        <translation>Neuer Artikel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Date published</source>
        <translation>Veröffentlichungsdatum</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>e.g. 2024-05-17</source>
        <translation>z. B. 2024-05-17</translation>
    </message>
    <message>
        <source>Beginning of the article</source>
        <translation>Anfang des Artikels</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Medium:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
</context>
<context>
    <name>Sourcelight::ArticleFetcher</name>
    <message>
        <source>The address gives “%1”, not a web page or text; only HTML and text can be imported.</source>
        <translation>Die Adresse liefert „%1“, keine Webseite und keinen Text; nur HTML und Text können importiert werden.</translation>
    </message>
    <message>
        <source>The page is larger than %1 MB, more than can be imported.</source>
        <translation>Die Seite ist größer als %1 MB, mehr als importiert werden kann.</translation>
    </message>
    <message numerus="yes">
        <source>The server did not send the page within %n second(s).</source>
        <translation>
            <numerusform>Der Server hat die Seite nicht innerhalb von %n Sekunde gesendet.</numerusform>
            <numerusform>Der Server hat die Seite nicht innerhalb von %n Sekunden gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the address of a web page.</source>
        <translation>Geben Sie die Adresse einer Webseite ein.</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>„%1“ ist keine Webadresse.</translation>
    </message>
    <message>
        <source>Only http and https addresses can be imported, not “%1”.</source>
        <translation>Nur http- und https-Adressen können importiert werden, nicht „%1“.</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Der Import wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server sent an empty page.</source>
        <translation>Der Server hat eine leere Seite gesendet.</translation>
    </message>
    <message>
        <source>The page “%1” was not found (HTTP %2).</source>
        <translation>Die Seite „%1“ wurde nicht gefunden (HTTP %2).</translation>
    </message>
    <message>
        <source>The server refused access to the page “%1” (HTTP %2).</source>
        <translation>Der Server hat den Zugriff auf die Seite „%1“ verweigert (HTTP %2).</translation>
    </message>
    <message>
        <source>The server answered “%1” with an error (HTTP %2 %3).</source>
        <translation>Der Server hat auf „%1“ mit einem Fehler geantwortet (HTTP %2 %3).</translation>
    </message>
    <message>
        <source>The server “%1” was not found: check the address and the network connection.</source>
        <translation>Der Server „%1“ wurde nicht gefunden: Prüfen Sie die Adresse und die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The server “%1” refused the connection.</source>
        <translation>Der Server „%1“ hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The server “%1” closed the connection before sending the page.</source>
        <translation>Der Server „%1“ hat die Verbindung geschlossen, bevor er die Seite gesendet hat.</translation>
    </message>
    <message>
        <source>The server “%1” did not answer in time.</source>
        <translation>Der Server „%1“ hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>No secure (TLS) connection could be made to “%1”: %2</source>
        <translation>Zu „%1“ konnte keine sichere (TLS-)Verbindung hergestellt werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>The page redirects too often (more than %n time(s)).</source>
        <translation>
            <numerusform>Die Seite leitet zu oft weiter (mehr als %n Mal).</numerusform>
            <numerusform>Die Seite leitet zu oft weiter (mehr als %n Mal).</numerusform>
        </translation>
    </message>
    <message>
        <source>The page redirects from a secure (https) address to an insecure one; the redirect was not followed.</source>
        <translation>Die Seite leitet von einer sicheren (https-)Adresse auf eine unsichere weiter; der Weiterleitung wurde nicht gefolgt.</translation>
    </message>
    <message>
        <source>Only http and https addresses can be imported.</source>
        <translation>Nur http- und https-Adressen können importiert werden.</translation>
    </message>
    <message>
        <source>The page “%1” could not be fetched: %2</source>
        <translation>Die Seite „%1“ konnte nicht abgerufen werden: %2</translation>
    </message>
</context>
<context>
    <name>Sourcelight::ArticleIntake</name>
    <message>
        <source>New Article from &amp;Clipboard…</source>
        <translation>Neuer Artikel aus der &amp;Zwischenablage…</translation>
    </message>
    <message>
        <source>Import from &amp;URL…</source>
        <translation>Von &amp;URL importieren…</translation>
    </message>
    <message>
        <source>Open a writable project before importing.</source>
        <translation>Öffnen Sie ein beschreibbares Projekt, bevor Sie importieren.</translation>
    </message>
    <message>
        <source>The clipboard holds no text to import: copy the article in the browser first.</source>
        <translation>Die Zwischenablage enthält keinen Text zum Importieren: Kopieren Sie den Artikel zuerst im Browser.</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>%1 wird abgerufen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled.</source>
        <translation>Der Import von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 could not be imported: %2</source>
        <translation>%1 konnte nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation>„%1“ wird importiert…</translation>
    </message>
    <message numerus="yes">
        <source>Imported “%1” (%n sentence(s)).</source>
        <translation>
            <numerusform>„%1“ importiert (%n Satz).</numerusform>
            <numerusform>„%1“ importiert (%n Sätze).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sourcelight::AttributionEditor</name>
    <message>
        <source>Attribution</source>
        <translation>Zuschreibung</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <comment>who a claim comes from</comment>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>who a claim comes from</comment>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Type a name or alias…</source>
        <translation>Namen oder Alias eingeben…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>New source…</source>
        <comment>who a claim comes from</comment>
        <translation>Neue Quelle…</translation>
    </message>
    <message>
        <source>New source</source>
        <comment>who a claim comes from</comment>
        <translation>Neue Quelle</translation>
    </message>
    <message>
        <source>&amp;Via:</source>
        <translation>Üb&amp;er:</translation>
    </message>
    <message>
        <source>Via chain, nearest to the reader first</source>
        <translation>Übermittlungskette, das dem Leser nächste Glied zuerst</translation>
    </message>
    <message>
        <source>Add a conduit</source>
        <translation>Übermittler hinzufügen</translation>
    </message>
    <message>
        <source>Add an outlet or person…</source>
        <translation>Medium oder Person hinzufügen…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add conduit</source>
        <translation>Übermittler hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove conduit</source>
        <translation>Übermittler entfernen</translation>
    </message>
    <message>
        <source>Move conduit up</source>
        <translation>Übermittler nach oben verschieben</translation>
    </message>
    <message>
        <source>Move conduit down</source>
        <translation>Übermittler nach unten verschieben</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>On the record</source>
        <translation>Namentlich zitierbar</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>Anza&amp;hl:</translation>
    </message>
    <message>
        <source>How many speakers</source>
        <translation>Wie viele Sprecher</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>Title or role of the source</source>
        <comment>who a claim comes from</comment>
        <translation>Titel oder Funktion der Quelle</translation>
    </message>
    <message>
        <source>e.g. National Security Council spokesman</source>
        <translation>z. B. Sprecher des Nationalen Sicherheitsrats</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>&amp;Zitat:</translation>
    </message>
    <message>
        <source>Quote type</source>
        <translation>Zitatart</translation>
    </message>
    <message>
        <source>No suggestion</source>
        <translation>Kein Vorschlag</translation>
    </message>
</context>
<context>
    <name>Sourcelight::AttributionPanel</name>
    <message>
        <source>Attribution</source>
        <translation>Zuschreibung</translation>
    </message>
    <message>
        <source>No sentence selected. Click a sentence, or press J and K to move through them.</source>
        <translation>Kein Satz ausgewählt. Klicken Sie auf einen Satz oder wechseln Sie mit J und K zwischen den Sätzen.</translation>
    </message>
</context>
<context>
    <name>Sourcelight::AttributionSuggester</name>
    <message>
        <source> (pronoun with no earlier source)</source>
        <translation> (Pronomen ohne zuvor genannte Quelle)</translation>
    </message>
    <message>
        <source>, via %1</source>
        <translation>, über %1</translation>
    </message>
    <message>
        <source>, off the record</source>
        <translation>, vertraulich</translation>
    </message>
    <message>
        <source>attributed by a later sentence: &apos;%1&apos;</source>
        <translation>durch einen späteren Satz zugeschrieben: „%1“</translation>
    </message>
    <message>
        <source>impersonal cue &apos;%1&apos; continues %2</source>
        <translation>unpersönliches Signalwort „%1“ setzt %2 fort</translation>
    </message>
    <message>
        <source>impersonal cue &apos;%1&apos; with no source named earlier</source>
        <translation>unpersönliches Signalwort „%1“ ohne zuvor genannte Quelle</translation>
    </message>
    <message>
        <source>headline or subheading: the article&apos;s own voice</source>
        <translation>Überschrift oder Zwischenüberschrift: eigene Stimme des Artikels</translation>
    </message>
    <message>
        <source>continues the quotation of %1</source>
        <translation>setzt das Zitat von %1 fort</translation>
    </message>
    <message>
        <source>quotation following one by %1</source>
        <translation>Zitat im Anschluss an eines von %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; continues %2</source>
        <translation>„%1“ setzt %2 fort</translation>
    </message>
    <message>
        <source>hedged claim in a paragraph attributed to %1</source>
        <translation>relativierte Aussage in einem Absatz, der %1 zugeschrieben ist</translation>
    </message>
    <message>
        <source>no attribution cue: the article&apos;s own voice</source>
        <translation>kein Signalwort für eine Zuschreibung: eigene Stimme des Artikels</translation>
    </message>
    <message>
        <source>cue &apos;%1&apos; before &apos;%2&apos;</source>
        <translation>Signalwort „%1“ vor „%2“</translation>
    </message>
    <message>
        <source>cue &apos;%1&apos; after &apos;%2&apos;</source>
        <translation>Signalwort „%1“ nach „%2“</translation>
    </message>
    <message>
        <source>stance cue &apos;%1&apos; before &apos;%2&apos;</source>
        <translation>Haltungs-Signalwort „%1“ vor „%2“</translation>
    </message>
    <message>
        <source>stance cue &apos;%1&apos; after &apos;%2&apos;</source>
        <translation>Haltungs-Signalwort „%1“ nach „%2“</translation>
    </message>
    <message>
        <source>belief cue &apos;%1&apos; before &apos;%2&apos;</source>
        <translation>Überzeugungs-Signalwort „%1“ vor „%2“</translation>
    </message>
    <message>
        <source>belief cue &apos;%1&apos; after &apos;%2&apos;</source>
        <translation>Überzeugungs-Signalwort „%1“ nach „%2“</translation>
    </message>
    <message>
        <source>evidence cue &apos;%1&apos; before &apos;%2&apos;</source>
        <translation>Beleg-Signalwort „%1“ vor „%2“</translation>
    </message>
    <message>
        <source>evidence cue &apos;%1&apos; after &apos;%2&apos;</source>
        <translation>Beleg-Signalwort „%1“ nach „%2“</translation>
    </message>
    <message>
        <source>attribution noun &apos;%1&apos; before &apos;%2&apos;</source>
        <translation>Zuschreibungsnomen „%1“ vor „%2“</translation>
    </message>
    <message>
        <source>attribution noun &apos;%1&apos; after &apos;%2&apos;</source>
        <translation>Zuschreibungsnomen „%1“ nach „%2“</translation>
    </message>
    <message>
        <source>colon &apos;%1&apos; after &apos;%2&apos; introduces a quotation</source>
        <translation>Doppelpunkt „%1“ nach „%2“ leitet ein Zitat ein</translation>
    </message>
</context>
<context>
    <name>Sourcelight::ClaimEditor</name>
    <message>
        <source>Claim</source>
        <comment>the reviewed statement</comment>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <comment>claim type</comment>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Claim type</source>
        <translation>Aussagetyp</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>&amp;Bewertung:</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>C&amp;onfidence:</source>
        <translation>&amp;Sicherheit:</translation>
    </message>
    <message>
        <source>Confidence in the verdict</source>
        <translation>Sicherheit der Bewertung</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Schlagwörter:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>What you checked, what is missing…</source>
        <translation>Was Sie geprüft haben, was noch fehlt…</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>Bele&amp;ge:</translation>
    </message>
    <message>
        <source>Evidence links</source>
        <translation>Beleglinks</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Add evidence link</source>
        <translation>Beleglink hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove evidence link</source>
        <translation>Beleglink entfernen</translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>Schlagwort %1</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>Last changed %1 by %2</source>
        <translation>Zuletzt geändert am %1 von %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Words:</source>
        <comment>the words a claim is about</comment>
        <translation>Wörter:</translation>
    </message>
</context>
<context>
    <name>Sourcelight::ClaimReviewWriter</name>
    <message>
        <source>Unnamed fact-checking organisation</source>
        <translation>Unbenannte Faktencheck-Organisation</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>Sourcelight::ClaimTableModel</name>
    <message>
        <source>(author)</source>
        <translation>(Autor)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Claim</source>
        <comment>the reviewed statement</comment>
        <translation>Aussage</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>who a claim comes from</comment>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Signalwort</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>claim type</comment>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer/in</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>Sourcelight::ClaimsDock</name>
    <message>
        <source>Claims</source>
        <comment>reviewed statements</comment>
        <translation>Aussagen</translation>
    </message>
    <message>
        <source>Filter claims</source>
        <translation>Aussagen filtern</translation>
    </message>
    <message>
        <source>Filter claims by text or note…</source>
        <translation>Aussagen nach Text oder Notiz filtern…</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>Alle Bewertungen</translation>
    </message>
    <message>
        <source>Filter by verdict</source>
        <translation>Nach Bewertung filtern</translation>
    </message>
    <message>
        <source>Any type</source>
        <comment>claim type</comment>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Filter by claim type</source>
        <translation>Nach Aussagetyp filtern</translation>
    </message>
    <message>
        <source>Any kind of source</source>
        <comment>who a claim comes from</comment>
        <translation>Alle Quellenarten</translation>
    </message>
    <message>
        <source>Filter by kind of source</source>
        <comment>who a claim comes from</comment>
        <translation>Nach Quellenart filtern</translation>
    </message>
    <message>
        <source>Named or anonymous</source>
        <translation>Namentlich oder anonym</translation>
    </message>
    <message>
        <source>Anonymous sources only</source>
        <translation>Nur anonyme Quellen</translation>
    </message>
    <message>
        <source>Named sources only</source>
        <translation>Nur namentlich genannte Quellen</translation>
    </message>
    <message>
        <source>Filter by anonymity</source>
        <translation>Nach Anonymität filtern</translation>
    </message>
    <message>
        <source>Any reviewer</source>
        <translation>Alle Prüfer/innen</translation>
    </message>
    <message>
        <source>Filter by reviewer</source>
        <translation>Nach Prüfer/in filtern</translation>
    </message>
</context>
<context>
    <name>Sourcelight::DocumentListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>%1
%2 · %3
%4 of %5 sentences reviewed</source>
        <translation>%1
%2 · %3
%4 von %5 Sätzen geprüft</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
</context>
<context>
    <name>Sourcelight::DocumentMetadataDialog</name>
    <message>
        <source>Stored as “%1”; it is kept unless you choose a date.</source>
        <translation>Gespeichert als „%1“; dieser Wert bleibt erhalten, solange Sie kein Datum wählen.</translation>
    </message>
    <message>
        <source>Article Details</source>
        <translation>Artikeldetails</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Medium:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>&amp;Webadresse:</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>&amp;Veröffentlicht:</translation>
    </message>
    <message>
        <source>&amp;Unknown</source>
        <comment>publication date</comment>
        <translation>&amp;Unbekannt</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Give an address starting with http:// or https://, or leave it empty.</source>
        <translation>Geben Sie eine Adresse an, die mit http:// oder https:// beginnt, oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>The sentences and suggestions stay as they were found; the new language is stored with the article and used by exports.</source>
        <translation>Die Sätze und Vorschläge bleiben, wie sie gefunden wurden; die neue Sprache wird mit dem Artikel gespeichert und von Exporten verwendet.</translation>
    </message>
    <message>
        <source>Not known</source>
        <comment>language</comment>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainisch</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>Veröffentlichungsdatum</translation>
    </message>
    <message>
        <source>Article language</source>
        <translation>Sprache des Artikels</translation>
    </message>
</context>
<context>
    <name>Sourcelight::DocumentPane</name>
    <message>
        <source>&amp;Find in the Article…</source>
        <translation>Im Artikel &amp;suchen…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Nächster Treffer</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Vorheriger Treffer</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <comment>what the marks in the document pane mean</comment>
        <translation>&amp;Legende</translation>
    </message>
</context>
<context>
    <name>Sourcelight::DocumentView</name>
    <message>
        <source>Article text</source>
        <translation>Artikeltext</translation>
    </message>
    <message>
        <source>No article is open. Import one from the File menu or pick one in the Library.</source>
        <translation>Kein Artikel geöffnet. Importieren Sie einen über das Menü „Datei“ oder wählen Sie einen in der Bibliothek aus.</translation>
    </message>
</context>
<context>
    <name>Sourcelight::DurableSync</name>
    <message>
        <source>“%1” could not be written to the disk: %2</source>
        <translation>„%1“ konnte nicht auf den Datenträger geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Sourcelight::EditConflictPrompt</name>
    <message>
        <source>Changed Meanwhile</source>
        <translation>Inzwischen geändert</translation>
    </message>
    <message>
        <source>Someone else changed this while your edit “%1” was on its way. Yours was not saved yet.</source>
        <translation>Jemand anderes hat dies geändert, während Ihre Änderung „%1“ unterwegs war. Ihre wurde noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Sentence %1: %2</source>
        <translation>Satz %1: %2</translation>
    </message>
    <message>
        <source>Theirs: %1

Yours: %2</source>
        <translation>Deren: %1

Ihre: %2</translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation>&amp;Deren behalten</translation>
    </message>
    <message>
        <source>Save &amp;Mine</source>
        <translation>&amp;Meine speichern</translation>
    </message>
</context>
<context>
    <name>Sourcelight::EvidenceDialog</name>
    <message>
        <source>Add Evidence</source>
        <translation>Beleg hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>“%1” is not a web address (http or https).</source>
        <translation>„%1“ ist keine Webadresse (http oder https).</translation>
    </message>
</context>
<context>
    <name>Sourcelight::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>&amp;Current document</source>
        <translation>A&amp;ktuelles Dokument</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Selected documents (%n)</source>
        <translation>
            <numerusform>Ausgewähltes Dok&amp;ument (%n)</numerusform>
            <numerusform>Ausgewählte Dok&amp;umente (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Whole project</source>
        <translation>Gesamtes &amp;Projekt</translation>
    </message>
    <message>
        <source>Claims</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Aussagen</translation>
    </message>
    <message>
        <source>Only &amp;verified claims</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Nur &amp;geprüfte Aussagen</translation>
    </message>
    <message>
        <source>Only claims resting on &amp;anonymous sources</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Nur Aussagen, die auf &amp;anonymen Quellen beruhen</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>source: who a claim comes from</comment>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Any source</source>
        <comment>source: who a claim comes from</comment>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>Alle Bewertungen</translation>
    </message>
    <message>
        <source>Claim type</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Aussagetyp</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <comment>source: who a claim comes from</comment>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>V&amp;erdict:</source>
        <translation>&amp;Bewertung:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>US-Letter</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Seitengröße</translation>
    </message>
    <message>
        <source>Byte order mark (for spreadsheet programs)</source>
        <translation>Byte-Order-Mark (für Tabellenkalkulationen)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>Page si&amp;ze:</source>
        <translation>&amp;Seitengröße:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportiert nach %1.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>Vorschau wird erstellt…</translation>
    </message>
    <message>
        <source>Preview of the first documents; the export contains all of them.</source>
        <translation>Vorschau der ersten Dokumente; der Export enthält alle.</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Wählen Sie eine Datei für den Export.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Keep cells that look like formulas as they are</source>
        <translation>Zellen, die wie Formeln aussehen, unverändert lassen</translation>
    </message>
    <message>
        <source>By default a cell that begins with =, +, - or @ gets a leading apostrophe, so that a spreadsheet shows it as text instead of running it as a formula.</source>
        <translation>Standardmäßig erhält eine Zelle, die mit =, +, - oder @ beginnt, einen vorangestellten Apostroph, damit eine Tabellenkalkulation sie als Text zeigt, statt sie als Formel auszuführen.</translation>
    </message>
    <message>
        <source>Every reviewer&apos;s own &amp;decisions too</source>
        <translation>Auch die eigenen &amp;Entscheidungen jedes Prüfers</translation>
    </message>
    <message>
        <source>Besides the final decisions, each reviewer&apos;s own attributions and claims, as far as the server lets you read them (CSV and JSON).</source>
        <translation>Neben den endgültigen Entscheidungen die eigenen Zuordnungen und Behauptungen jedes Prüfers, soweit der Server sie Ihnen zu lesen erlaubt (CSV und JSON).</translation>
    </message>
</context>
<context>
    <name>Sourcelight::FindBar</name>
    <message>
        <source>Find in the article…</source>
        <translation>Im Artikel suchen…</translation>
    </message>
    <message>
        <source>Find in the article</source>
        <translation>Im Artikel suchen</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Shift+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>Suchleiste schließen (Escape)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <comment>found in the article</comment>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>the current match of all matches in the article</comment>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>Sourcelight::HtmlReportWriter</name>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Geprüft von</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Prüfer/innen</translation>
    </message>
    <message>
        <source>Other sources</source>
        <comment>source: who a claim comes from</comment>
        <translation>Weitere Quellen</translation>
    </message>
    <message>
        <source>Made with Sourcelight %1.</source>
        <translation>Erstellt mit Sourcelight %1.</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
</context>
<context>
    <name>Sourcelight::ImportUrlDialog</name>
    <message>
        <source>Import from URL</source>
        <translation>Von URL importieren</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>Only the page itself is fetched: its text and what it says about itself (title, outlet, author, date). Nothing it refers to is loaded.</source>
        <translation>Nur die Seite selbst wird abgerufen: ihr Text und was sie über sich selbst angibt (Titel, Medium, Autor, Datum). Nichts, worauf sie verweist, wird geladen.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
</context>
<context>
    <name>Sourcelight::LegendStrip</name>
    <message>
        <source>Aa</source>
        <comment>a sample of text in the legend of the document pane</comment>
        <translation>Aa</translation>
    </message>
    <message>
        <source>Source, confirmed</source>
        <comment>who a claim comes from</comment>
        <translation>Quelle, bestätigt</translation>
    </message>
    <message>
        <source>Source, suggested</source>
        <comment>who a claim comes from</comment>
        <translation>Quelle, vorgeschlagen</translation>
    </message>
    <message>
        <source>Author&apos;s own voice</source>
        <translation>Eigene Stimme des Autors</translation>
    </message>
    <message>
        <source>Anonymous source</source>
        <comment>who a claim comes from</comment>
        <translation>Anonyme Quelle</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Bewertung:</translation>
    </message>
    <message>
        <source>Current sentence</source>
        <translation>Aktueller Satz</translation>
    </message>
    <message>
        <source>Tint: the colour of the source a sentence rests on, solid once a reviewer confirmed it, lighter while it is only suggested; no tint: the author&apos;s own voice. Dashed frame: an anonymous source. Underline: the claim&apos;s verdict. Outline: the current sentence.</source>
        <translation>Tönung: die Farbe der Quelle, auf der ein Satz beruht, kräftig, sobald ein/e Prüfer/in sie bestätigt hat, heller, solange sie nur vorgeschlagen ist; keine Tönung: die eigene Stimme des Autors. Gestrichelter Rahmen: eine anonyme Quelle. Unterstreichung: die Bewertung der Aussage. Umrandung: der aktuelle Satz.</translation>
    </message>
    <message>
        <source>Legend of the document pane</source>
        <translation>Legende des Dokumentbereichs</translation>
    </message>
    <message>
        <source>Hide the legend (View menu: Legend)</source>
        <translation>Legende ausblenden (Menü „Ansicht“: Legende)</translation>
    </message>
    <message>
        <source>Hide the legend</source>
        <translation>Legende ausblenden</translation>
    </message>
</context>
<context>
    <name>Sourcelight::LibraryController</name>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Remove Article</source>
        <translation>Artikel entfernen</translation>
    </message>
    <message>
        <source>Remove “%1” from the project?</source>
        <translation>„%1“ aus dem Projekt entfernen?</translation>
    </message>
    <message>
        <source>It has %1 and %2. %3 puts it back with everything on it until the project is closed.</source>
        <translation>Der Artikel enthält %1 und %2. %3 stellt ihn mit allem, was dazugehört, wieder her, bis das Projekt geschlossen wird.</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <comment>It has … and …</comment>
        <translation>
            <numerusform>%n Aussage</numerusform>
            <numerusform>%n Aussagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed attribution(s)</source>
        <comment>It has … and …</comment>
        <translation>
            <numerusform>%n geprüfte Zuschreibung</numerusform>
            <numerusform>%n geprüfte Zuschreibungen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Article &amp;Details…</source>
        <translation>Artikel&amp;details…</translation>
    </message>
    <message>
        <source>Correct the title, outlet, author, web address, date or language of the article</source>
        <translation>Titel, Medium, Autor, Webadresse, Datum oder Sprache des Artikels korrigieren</translation>
    </message>
    <message>
        <source>&amp;Remove Article…</source>
        <translation>Artikel ent&amp;fernen…</translation>
    </message>
    <message>
        <source>Remove the article with its claims from the project (undoable)</source>
        <translation>Den Artikel mit seinen Aussagen aus dem Projekt entfernen (kann rückgängig gemacht werden)</translation>
    </message>
</context>
<context>
    <name>Sourcelight::LibraryDock</name>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Search documents…</source>
        <translation>Dokumente durchsuchen…</translation>
    </message>
    <message>
        <source>Search documents</source>
        <translation>Dokumente durchsuchen</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
</context>
<context>
    <name>Sourcelight::MainWindow</name>
    <message>
        <source>Sourcelight</source>
        <translation>Sourcelight</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Zuschreibung</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;About Sourcelight</source>
        <translation>Ü&amp;ber Sourcelight</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Zuletzt &amp;geöffnet</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <source>&amp;Verdict</source>
        <translation>&amp;Bewertung</translation>
    </message>
    <message>
        <source>Claim &amp;Type</source>
        <translation>Aussage&amp;typ</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>&amp;Schlagwörter</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <comment>who claims come from</comment>
        <translation>&amp;Quellen</translation>
    </message>
    <message>
        <source>&amp;Rename Source…</source>
        <comment>who a claim comes from</comment>
        <translation>Quelle &amp;umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Merge Source Into…</source>
        <comment>who a claim comes from</comment>
        <translation>Quelle &amp;zusammenführen in…</translation>
    </message>
    <message>
        <source>Show &amp;All Sources</source>
        <comment>who claims come from</comment>
        <translation>&amp;Alle Quellen anzeigen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Could not open the project “%1”: %2</source>
        <translation>Das Projekt „%1“ konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Read-only project</source>
        <translation>Schreibgeschütztes Projekt</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[schreibgeschützt]</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Sourcelight projects (*.sourcelight)</source>
        <translation>Sourcelight-Projekte (*.sourcelight)</translation>
    </message>
    <message>
        <source>“%1” already exists; it is opened instead of being replaced.</source>
        <translation>„%1“ existiert bereits; es wird geöffnet statt ersetzt.</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Sourcelight projects (*.sourcelight);;All files (*)</source>
        <translation>Sourcelight-Projekte (*.sourcelight);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open a writable project before importing.</source>
        <translation>Öffnen Sie ein beschreibbares Projekt, bevor Sie importieren.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n article(s)…</source>
        <translation>
            <numerusform>%n Artikel wird importiert…</numerusform>
            <numerusform>%n Artikel werden importiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s).</source>
        <translation>
            <numerusform>%n Artikel importiert.</numerusform>
            <numerusform>%n Artikel importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported; the others were.</source>
        <translation>
            <numerusform>%n Datei konnte nicht importiert werden; die übrigen wurden importiert.</numerusform>
            <numerusform>%n Dateien konnten nicht importiert werden; die übrigen wurden importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename Source</source>
        <comment>who a claim comes from</comment>
        <translation>Quelle umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Merge Source</source>
        <comment>who a claim comes from</comment>
        <translation>Quelle zusammenführen</translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>„%1“ zusammenführen in:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Claim type</source>
        <translation>Aussagetyp</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Sources</source>
        <comment>who claims come from</comment>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Open a project before exporting.</source>
        <translation>Öffnen Sie ein Projekt, bevor Sie exportieren.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>&amp;Import Articles or Backup…</source>
        <translation>Artikel oder Sicherung &amp;importieren…</translation>
    </message>
    <message>
        <source>Import Articles or Restore a Backup</source>
        <translation>Artikel importieren oder Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Articles and backups (*.txt *.md *.markdown *.html *.htm *.json);;Sourcelight backups (*.json);;All files (*)</source>
        <translation>Artikel und Sicherungen (*.txt *.md *.markdown *.html *.htm *.json);;Sourcelight-Sicherungen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>A Sourcelight backup (.json) is restored on its own: choose it without articles or other backups.</source>
        <translation>Eine Sourcelight-Sicherung (.json) wird für sich allein wiederhergestellt: wählen Sie sie ohne Artikel oder andere Sicherungen.</translation>
    </message>
    <message>
        <source>None of these files can be imported (text, Markdown or HTML).</source>
        <translation>Keine dieser Dateien kann importiert werden (Text, Markdown oder HTML).</translation>
    </message>
    <message>
        <source>Restore Backup Into a New Project</source>
        <translation>Sicherung in ein neues Projekt wiederherstellen</translation>
    </message>
    <message>
        <source>Restoring the backup “%1”…</source>
        <translation>Sicherung „%1“ wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was changed.</source>
        <translation>Die Wiederherstellung wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The backup “%1” could not be restored: %2</source>
        <translation>Die Sicherung „%1“ konnte nicht wiederhergestellt werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n document(s) from “%1”.</source>
        <translation>
            <numerusform>%n Dokument aus „%1“ wiederhergestellt.</numerusform>
            <numerusform>%n Dokumente aus „%1“ wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;How Good Were the Suggestions?</source>
        <translation>&amp;Wie gut waren die Vorschläge?</translation>
    </message>
    <message>
        <source>Open a project to see how its suggestions were reviewed.</source>
        <translation>Öffnen Sie ein Projekt, um zu sehen, wie seine Vorschläge geprüft wurden.</translation>
    </message>
    <message>
        <source>Search the &amp;Library…</source>
        <translation>&amp;Bibliothek durchsuchen…</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Project…</source>
        <translation>Mit &amp;Teamprojekt verbinden…</translation>
    </message>
    <message>
        <source>&amp;Mark Document Done</source>
        <translation>Dokument als &amp;erledigt markieren</translation>
    </message>
    <message>
        <source>Independent review: you have coded this document. You may then see the other reviewers&apos; codings of it, and no longer change yours.</source>
        <translation>Unabhängige Prüfung: Sie haben dieses Dokument kodiert. Danach sehen Sie die Kodierungen der anderen Prüfer/innen und können Ihre nicht mehr ändern.</translation>
    </message>
    <message>
        <source>Marking a document done is for reviewers of a team project in independent review.</source>
        <translation>Ein Dokument als erledigt markieren können Prüfer/innen eines Teamprojekts in unabhängiger Prüfung.</translation>
    </message>
    <message>
        <source>Marked done. Your decisions on this document are final; a curator can open it again for you.</source>
        <translation>Als erledigt markiert. Ihre Entscheidungen zu diesem Dokument stehen fest; ein/e Kurator/in kann es für Sie wieder öffnen.</translation>
    </message>
    <message>
        <source>&amp;Adjudicate Disagreements…</source>
        <translation>Abweichungen &amp;entscheiden…</translation>
    </message>
    <message>
        <source>Independent review: the sentences of this document the reviewers disagree on, side by side; pick the final decision.</source>
        <translation>Unabhängige Prüfung: die Sätze dieses Dokuments, bei denen die Prüfer/innen abweichen, nebeneinander; wählen Sie die endgültige Entscheidung.</translation>
    </message>
    <message>
        <source>Adjudicating is for curators and admins of a team project in independent review.</source>
        <translation>Entscheiden können Kurator/innen und Admins eines Teamprojekts in unabhängiger Prüfung.</translation>
    </message>
    <message>
        <source>Open a document to adjudicate its sentences.</source>
        <translation>Öffnen Sie ein Dokument, um über seine Sätze zu entscheiden.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <comment>the analyst&apos;s name, their part, the review mode</comment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>independent review</source>
        <translation>unabhängige Prüfung</translation>
    </message>
    <message>
        <source>shared review</source>
        <translation>gemeinsame Prüfung</translation>
    </message>
    <message>
        <source>Edits not sent</source>
        <translation>Bearbeitungen nicht gesendet</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) made offline when the project was last open were sent to the server.</source>
        <translation>
            <numerusform>%n offline vorgenommene Änderung aus der letzten Sitzung wurde an den Server gesendet.</numerusform>
            <numerusform>%n offline vorgenommene Änderungen aus der letzten Sitzung wurden an den Server gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) made while the server could not be reached wait to be sent, and could not be kept on this computer. Closing the project now discards them. Close it anyway?</source>
        <translation>
            <numerusform>%n Änderung, vorgenommen, während der Server nicht erreichbar war, wartet auf das Senden und konnte nicht auf diesem Computer aufbewahrt werden. Wenn Sie das Projekt jetzt schließen, geht sie verloren. Trotzdem schließen?</numerusform>
            <numerusform>%n Änderungen, vorgenommen, während der Server nicht erreichbar war, warten auf das Senden und konnten nicht auf diesem Computer aufbewahrt werden. Wenn Sie das Projekt jetzt schließen, gehen sie verloren. Trotzdem schließen?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sourcelight::MarkdownReportWriter</name>
    <message>
        <source>Project: %1</source>
        <translation>Projekt: %1</translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Umfang: %1</translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <translation>Geprüft von:</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Outlet:</source>
        <translation>Medium:</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Autor:</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>Veröffentlicht:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation>(anonym)</translation>
    </message>
</context>
<context>
    <name>Sourcelight::NewSourceDialog</name>
    <message>
        <source>New Source</source>
        <comment>who a claim comes from</comment>
        <translation>Neue Quelle</translation>
    </message>
    <message>
        <source>Source name</source>
        <comment>who a claim comes from</comment>
        <translation>Name der Quelle</translation>
    </message>
    <message>
        <source>Kind of source</source>
        <comment>who a claim comes from</comment>
        <translation>Art der Quelle</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Zugehörigkeit</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Affiliation:</source>
        <translation>&amp;Zugehörigkeit:</translation>
    </message>
</context>
<context>
    <name>Sourcelight::PdfReportWriter</name>
    <message>
        <source>Cannot write the PDF: %1</source>
        <translation>Das PDF kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>Sourcelight::Project</name>
    <message>
        <source>Analyst</source>
        <translation>Analyst</translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation>Vorschlag annehmen</translation>
    </message>
    <message>
        <source>The suggestion was rejected.</source>
        <translation>Der Vorschlag wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Reject suggestion</source>
        <translation>Vorschlag ablehnen</translation>
    </message>
    <message>
        <source>Set source to %1</source>
        <translation>Quelle auf %1 setzen</translation>
    </message>
    <message>
        <source>Change via chain</source>
        <translation>Übermittlungskette ändern</translation>
    </message>
    <message>
        <source>Change source profile</source>
        <translation>Quellenprofil ändern</translation>
    </message>
    <message>
        <source>Change quote type</source>
        <translation>Zitatart ändern</translation>
    </message>
    <message>
        <source>Set verdict</source>
        <translation>Bewertung festlegen</translation>
    </message>
    <message>
        <source>Set claim type</source>
        <translation>Aussagetyp festlegen</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Set confidence</source>
        <translation>Sicherheit festlegen</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Schlagwort entfernen</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Schlagwort hinzufügen</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Beleg hinzufügen</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Beleg entfernen</translation>
    </message>
    <message>
        <source>Create source %1</source>
        <translation>Quelle %1 anlegen</translation>
    </message>
    <message>
        <source>Rename source %1</source>
        <translation>Quelle %1 umbenennen</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>%1 in %2 zusammenführen</translation>
    </message>
    <message>
        <source>needs second source</source>
        <translation>zweite Quelle nötig</translation>
    </message>
    <message>
        <source>Rests on a single source; look for corroboration.</source>
        <translation>Beruht auf nur einer Quelle; nach Bestätigung durch weitere Quellen suchen.</translation>
    </message>
    <message>
        <source>hedged</source>
        <translation>relativiert</translation>
    </message>
    <message>
        <source>Worded with reportedly, allegedly, could or similar.</source>
        <translation>Formuliert mit „angeblich“, „Berichten zufolge“, „könnte“ o. Ä.</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <source>Contains a figure to check.</source>
        <translation>Enthält eine Zahl, die geprüft werden muss.</translation>
    </message>
    <message>
        <source>follow up</source>
        <translation>nachverfolgen</translation>
    </message>
    <message>
        <source>Come back to it later.</source>
        <translation>Später darauf zurückkommen.</translation>
    </message>
    <message>
        <source>%1 It was closed so that nothing more is written to it.</source>
        <translation>%1 Es wurde geschlossen, damit nichts mehr hineingeschrieben wird.</translation>
    </message>
    <message>
        <source>The project could not be read through to check it for damage: %1</source>
        <translation>Das Projekt konnte nicht vollständig gelesen werden, um es auf Schäden zu prüfen: %1</translation>
    </message>
    <message>
        <source>Edit details of %1</source>
        <translation>Details von %1 bearbeiten</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Split sentence</source>
        <translation>Satz teilen</translation>
    </message>
    <message>
        <source>Split the sentence in two.</source>
        <translation>Der Satz wurde in zwei geteilt.</translation>
    </message>
    <message>
        <source>Merge sentences</source>
        <translation>Sätze zusammenführen</translation>
    </message>
    <message>
        <source>Merged; the second sentence&apos;s attribution to %1 was dropped.</source>
        <translation>Zusammengeführt; die Zuschreibung des zweiten Satzes an %1 wurde verworfen.</translation>
    </message>
    <message>
        <source>Merged the sentence with the next one.</source>
        <translation>Der Satz wurde mit dem nächsten zusammengeführt.</translation>
    </message>
    <message>
        <source>Select the words of the claim in the article first.</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Markieren Sie zuerst die Wörter der Aussage im Artikel.</translation>
    </message>
    <message>
        <source>The selection crosses sentences: a claim&apos;s words must lie in one sentence.</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Die Auswahl reicht über mehrere Sätze: Die Wörter einer Aussage müssen in einem Satz liegen.</translation>
    </message>
    <message>
        <source>Claim the selected words</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Markierte Wörter als Aussage</translation>
    </message>
    <message>
        <source>The claim is the whole sentence.</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Die Aussage ist der ganze Satz.</translation>
    </message>
    <message>
        <source>The claim is now “%1”.</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Die Aussage ist jetzt „%1“.</translation>
    </message>
    <message>
        <source>“%1” could not be saved and was undone: %2</source>
        <translation>„%1“ konnte nicht gespeichert werden und wurde rückgängig gemacht: %2</translation>
    </message>
    <message>
        <source>“%1” could not be undone: %2</source>
        <translation>„%1“ konnte nicht rückgängig gemacht werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) could not be saved to the disk and were undone: %1 Redo them when the disk works again.</source>
        <translation>
            <numerusform>%n Änderung konnte nicht auf dem Datenträger gespeichert werden und wurde rückgängig gemacht: %1 Stellen Sie sie wieder her, sobald der Datenträger wieder funktioniert.</numerusform>
            <numerusform>%n Änderungen konnten nicht auf dem Datenträger gespeichert werden und wurden rückgängig gemacht: %1 Stellen Sie sie wieder her, sobald der Datenträger wieder funktioniert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The project could not be saved to the disk: %1</source>
        <translation>Das Projekt konnte nicht auf dem Datenträger gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The claim&apos;s words were not saved.</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Die Wörter der Aussage wurden nicht gespeichert.</translation>
    </message>
    <message>
        <source>Only a reviewer coding independently marks a document done, with the document open.</source>
        <translation>Nur Prüfer/innen, die unabhängig kodieren, markieren ein Dokument als erledigt, und zwar bei geöffnetem Dokument.</translation>
    </message>
    <message>
        <source>Adopt %1&apos;s decision</source>
        <translation>Entscheidung von %1 übernehmen</translation>
    </message>
    <message>
        <source>Adopt attribution</source>
        <translation>Zuschreibung übernehmen</translation>
    </message>
    <message>
        <source>“%1”, made while offline, was not saved: %2</source>
        <translation>„%1“, offline vorgenommen, wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>The connection to the server was lost. “%1” and the review edits after it wait here, kept on this computer, and are sent when it is back (or when the project is next opened).</source>
        <translation>Die Verbindung zum Server ist abgebrochen. „%1“ und die folgenden Prüfänderungen warten hier, auf diesem Computer aufbewahrt, und werden gesendet, sobald er wieder da ist (oder wenn das Projekt das nächste Mal geöffnet wird).</translation>
    </message>
    <message>
        <source>The edits waiting for the server could not be kept on this computer: %1 Closing the project before they are sent discards them.</source>
        <translation>Die auf den Server wartenden Änderungen konnten nicht auf diesem Computer aufbewahrt werden: %1 Wird das Projekt geschlossen, bevor sie gesendet sind, gehen sie verloren.</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) kept on this computer from an earlier session could not be read and were not sent.</source>
        <translation>
            <numerusform>%n auf diesem Computer aufbewahrte Änderung aus einer früheren Sitzung konnte nicht gelesen werden und wurde nicht gesendet.</numerusform>
            <numerusform>%n auf diesem Computer aufbewahrte Änderungen aus einer früheren Sitzung konnten nicht gelesen werden und wurden nicht gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(keine Notiz)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>This evidence link was added while offline and has not reached the server yet: undo adding it instead.</source>
        <translation>Dieser Beleglink wurde offline hinzugefügt und hat den Server noch nicht erreicht: Machen Sie stattdessen das Hinzufügen rückgängig.</translation>
    </message>
</context>
<context>
    <name>Sourcelight::ProjectStore</name>
    <message>
        <source>“%1” is a folder, not a Sourcelight project.</source>
        <translation>„%1“ ist ein Ordner, kein Sourcelight-Projekt.</translation>
    </message>
    <message>
        <source>The project “%1” does not exist.</source>
        <translation>Das Projekt „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot create the project “%1”: the folder cannot be written to.</source>
        <translation>Das Projekt „%1“ kann nicht angelegt werden: In den Ordner kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot read the project “%1”: %2</source>
        <translation>Das Projekt „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is an empty file, not a Sourcelight project.</source>
        <translation>„%1“ ist eine leere Datei, kein Sourcelight-Projekt.</translation>
    </message>
    <message>
        <source>“%1” is not a Sourcelight project (it is not an SQLite database).</source>
        <translation>„%1“ ist kein Sourcelight-Projekt (es ist keine SQLite-Datenbank).</translation>
    </message>
    <message>
        <source>The project “%1” is damaged: the file is truncated.</source>
        <translation>Das Projekt „%1“ ist beschädigt: Die Datei ist abgeschnitten.</translation>
    </message>
    <message>
        <source>The project “%1” or its folder cannot be written to; it is open for reading only.</source>
        <translation>In das Projekt „%1“ oder seinen Ordner kann nicht geschrieben werden; es ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>The project is open for reading only.</source>
        <translation>Das Projekt ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Cannot open the project “%1”: %2</source>
        <translation>Das Projekt „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The project “%1” is damaged (%2). Open a backup copy, or ask for help recovering it.</source>
        <translation>Das Projekt „%1“ ist beschädigt (%2). Öffnen Sie eine Sicherungskopie oder lassen Sie sich bei der Wiederherstellung helfen.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database, but not a Sourcelight project.</source>
        <translation>„%1“ ist eine SQLite-Datenbank, aber kein Sourcelight-Projekt.</translation>
    </message>
    <message>
        <source>“%1” is an empty database, not a Sourcelight project.</source>
        <translation>„%1“ ist eine leere Datenbank, kein Sourcelight-Projekt.</translation>
    </message>
    <message>
        <source>The project “%1” was saved by a newer version of Sourcelight (format %2; this version knows up to %3). It is open for reading only, so nothing in it is changed; update Sourcelight to edit it.</source>
        <translation>Das Projekt „%1“ wurde mit einer neueren Version von Sourcelight gespeichert (Format %2; diese Version kennt Formate bis %3). Es ist schreibgeschützt geöffnet, damit nichts daran verändert wird; aktualisieren Sie Sourcelight, um es zu bearbeiten.</translation>
    </message>
    <message>
        <source>The project “%1” is in an older format and must be upgraded, but it cannot be written to.</source>
        <translation>Das Projekt „%1“ liegt in einem älteren Format vor und muss aktualisiert werden, aber in die Datei kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>A reviewer needs a name.</source>
        <translation>Prüfer/innen benötigen einen Namen.</translation>
    </message>
    <message>
        <source>The project is damaged: %1</source>
        <translation>Das Projekt ist beschädigt: %1</translation>
    </message>
    <message>
        <source>The disk holding “%1” is full: the last change was not saved. Everything saved before it is intact; free some space and try again.</source>
        <translation>Der Datenträger mit „%1“ ist voll: Die letzte Änderung wurde nicht gespeichert. Alles zuvor Gespeicherte ist unversehrt; schaffen Sie etwas Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The project “%1” is locked by another program or another Sourcelight window; try again when it is closed.</source>
        <translation>Das Projekt „%1“ ist von einem anderen Programm oder einem anderen Sourcelight-Fenster gesperrt; versuchen Sie es erneut, wenn es geschlossen ist.</translation>
    </message>
    <message>
        <source>The project “%1” cannot be written to.</source>
        <translation>In das Projekt „%1“ kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The project “%1” is damaged. Open a backup copy, or ask for help recovering it.</source>
        <translation>Das Projekt „%1“ ist beschädigt. Öffnen Sie eine Sicherungskopie oder lassen Sie sich bei der Wiederherstellung helfen.</translation>
    </message>
    <message>
        <source>“%1” is not a Sourcelight project (it is not an SQLite database, or it is damaged beyond reading).</source>
        <translation>„%1“ ist kein Sourcelight-Projekt (es ist keine SQLite-Datenbank oder so stark beschädigt, dass es nicht gelesen werden kann).</translation>
    </message>
    <message>
        <source>Cannot read or write the project “%1”: %2</source>
        <translation>Das Projekt „%1“ kann nicht gelesen oder geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Database error in “%1”: %2</source>
        <translation>Datenbankfehler in „%1“: %2</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Es ist kein Projekt geöffnet.</translation>
    </message>
    <message>
        <source>The item to change (%1 %2) no longer exists.</source>
        <translation>Das zu ändernde Element (%1 %2) existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Not every row was written to the project.</source>
        <translation>Nicht alle Zeilen wurden in das Projekt geschrieben.</translation>
    </message>
    <message>
        <source>A bulk write needs a transaction.</source>
        <translation>Ein Massenschreibvorgang braucht eine Transaktion.</translation>
    </message>
    <message>
        <source>Cannot read the project “%1”: it is on a medium that cannot be written to, and its recent changes could not be copied to a temporary folder to be read.</source>
        <translation>Das Projekt „%1“ kann nicht gelesen werden: Es liegt auf einem nicht beschreibbaren Medium, und seine letzten Änderungen konnten nicht zum Lesen in einen temporären Ordner kopiert werden.</translation>
    </message>
    <message>
        <source>The new row&apos;s id did not come back from the database.</source>
        <translation>Die Kennung der neuen Zeile kam nicht von der Datenbank zurück.</translation>
    </message>
    <message>
        <source>Cannot open the team project “%1”: this installation of Sourcelight cannot reach PostgreSQL servers (the Qt PostgreSQL driver, package libqt6sql6-psql, is missing).</source>
        <translation>Das Teamprojekt „%1“ kann nicht geöffnet werden: Diese Sourcelight-Installation kann keine PostgreSQL-Server erreichen (der Qt-PostgreSQL-Treiber, Paket libqt6sql6-psql, fehlt).</translation>
    </message>
    <message>
        <source>Cannot connect to the team project “%1”: %2</source>
        <translation>Keine Verbindung zum Teamprojekt „%1“: %2</translation>
    </message>
    <message>
        <source>The database of “%1” holds tables, but it is not a Sourcelight project.</source>
        <translation>Die Datenbank von „%1“ enthält Tabellen, ist aber kein Sourcelight-Projekt.</translation>
    </message>
    <message>
        <source>The server of “%1” has run out of disk space: the last change was not saved. Everything saved before it is intact; ask the server&apos;s administrator.</source>
        <translation>Dem Server von „%1“ ist der Speicherplatz ausgegangen: Die letzte Änderung wurde nicht gespeichert. Alles zuvor Gespeicherte ist unversehrt; wenden Sie sich an die Serververwaltung.</translation>
    </message>
    <message>
        <source>Another reviewer is changing the same part of “%1”; try again in a moment.</source>
        <translation>Eine andere prüfende Person ändert gerade denselben Teil von „%1“; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server does not let you make this change in “%1”: %2</source>
        <translation>Der Server erlaubt Ihnen diese Änderung in „%1“ nicht: %2</translation>
    </message>
    <message>
        <source>The connection to the server of “%1” was lost: %2</source>
        <translation>Die Verbindung zum Server von „%1“ ist abgebrochen: %2</translation>
    </message>
    <message>
        <source>The server reports damaged data in “%1”: %2</source>
        <translation>Der Server meldet beschädigte Daten in „%1“: %2</translation>
    </message>
    <message>
        <source>The database of “%1” is empty: it holds no Sourcelight project yet.</source>
        <translation>Die Datenbank von „%1“ ist leer: Sie enthält noch kein Sourcelight-Projekt.</translation>
    </message>
    <message>
        <source>It was changed by someone else meanwhile.</source>
        <translation>Jemand anderes hat es inzwischen geändert.</translation>
    </message>
    <message>
        <source>no answer from the server</source>
        <translation>keine Antwort vom Server</translation>
    </message>
    <message>
        <source>Your database role “%1” has no part in the team project “%2”. Ask one of its admins to add you (sourcelight team --project … --add %1 --role reviewer).</source>
        <translation>Ihre Datenbankrolle „%1“ ist am Teamprojekt „%2“ nicht beteiligt. Bitten Sie eine/n seiner Admins, Sie hinzuzufügen (sourcelight team --project … --add %1 --role reviewer).</translation>
    </message>
    <message>
        <source>The server does not let you change this (%1 %2) in “%3”: it is not yours to change, or no longer is (a document you marked done).</source>
        <translation>Der Server lässt Sie dies (%1 %2) in „%3“ nicht ändern: Es ist nicht Ihres zu ändern, oder nicht mehr (ein Dokument, das Sie als erledigt markiert haben).</translation>
    </message>
</context>
<context>
    <name>Sourcelight::QdpxWriter</name>
    <message>
        <source>Sources</source>
        <comment>source: who a claim comes from</comment>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>also called %1</source>
        <translation>auch genannt %1</translation>
    </message>
    <message>
        <source>affiliation: %1</source>
        <translation>Zugehörigkeit: %1</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Claim types</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Aussagetypen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Note on claim %1</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Notiz zu Aussage %1</translation>
    </message>
    <message>
        <source>Cannot write the REFI-QDA project: %1</source>
        <translation>Das REFI-QDA-Projekt kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>Sourcelight::ReportExporter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>“%1” is the project itself (or its journal, or a link to them): exporting there would destroy the project. Nothing was written; choose another file.</source>
        <translation>„%1“ ist das Projekt selbst (oder sein Journal oder ein Link darauf): Ein Export dorthin würde das Projekt zerstören. Nichts wurde geschrieben; wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>A %1 report cannot be written to standard output; give a file name.</source>
        <translation>Ein %1-Bericht kann nicht auf die Standardausgabe geschrieben werden; geben Sie einen Dateinamen an.</translation>
    </message>
</context>
<context>
    <name>Sourcelight::ReviewController</name>
    <message>
        <source>&amp;Next Sentence</source>
        <translation>&amp;Nächster Satz</translation>
    </message>
    <message>
        <source>&amp;Previous Sentence</source>
        <translation>&amp;Vorheriger Satz</translation>
    </message>
    <message>
        <source>Next &amp;Unreviewed Sentence</source>
        <translation>Nächster &amp;ungeprüfter Satz</translation>
    </message>
    <message>
        <source>&amp;Accept Suggestion</source>
        <translation>Vorschlag &amp;annehmen</translation>
    </message>
    <message>
        <source>&amp;Reject Suggestion</source>
        <translation>Vorschlag ab&amp;lehnen</translation>
    </message>
    <message>
        <source>Choose &amp;Source…</source>
        <comment>who a claim comes from</comment>
        <translation>&amp;Quelle wählen…</translation>
    </message>
    <message>
        <source>Edit N&amp;ote</source>
        <translation>N&amp;otiz bearbeiten</translation>
    </message>
    <message>
        <source>Attributed %1 · reviewed %2 · total %3</source>
        <translation>Zugeschrieben %1 · geprüft %2 · gesamt %3</translation>
    </message>
</context>
<context>
    <name>Sourcelight::ReviewTeam</name>
    <message>
        <source>reviewer</source>
        <translation>Prüfer/in</translation>
    </message>
    <message>
        <source>curator</source>
        <translation>Kurator/in</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>The server did not say who you are.</source>
        <translation>Der Server hat nicht mitgeteilt, wer Sie sind.</translation>
    </message>
    <message>
        <source>A team member needs a login.</source>
        <translation>Ein Teammitglied benötigt einen Login.</translation>
    </message>
    <message>
        <source>This project is older than team review; open it once with this version to upgrade it.</source>
        <translation>Dieses Projekt ist älter als die Prüfung im Team; öffnen Sie es einmal mit dieser Version, um es zu aktualisieren.</translation>
    </message>
    <message>
        <source>The server has no database role “%1”; create it first (CREATE ROLE %1 LOGIN …), then add it.</source>
        <translation>Der Server hat keine Datenbankrolle „%1“; legen Sie sie zuerst an (CREATE ROLE %1 LOGIN …) und fügen Sie sie dann hinzu.</translation>
    </message>
    <message>
        <source>The server does not let you change the team of “%1”: only its admins may.</source>
        <translation>Der Server erlaubt Ihnen nicht, das Team von „%1“ zu ändern: Das dürfen nur seine Admins.</translation>
    </message>
    <message>
        <source>Independent review needs a team project on a server: in a file, nothing would keep the reviewers&apos; codings apart.</source>
        <translation>Unabhängige Prüfung benötigt ein Teamprojekt auf einem Server: In einer Datei würde nichts die Kodierungen der Prüfer/innen voneinander trennen.</translation>
    </message>
    <message>
        <source>The server does not let you change the review mode of “%1”: only its admins may.</source>
        <translation>Der Server erlaubt Ihnen nicht, den Prüfmodus von „%1“ zu ändern: Das dürfen nur seine Admins.</translation>
    </message>
    <message>
        <source>Only a named reviewer of a team project can mark a document done.</source>
        <translation>Nur namentlich eingetragene Prüfer/innen eines Teamprojekts können ein Dokument als erledigt markieren.</translation>
    </message>
</context>
<context>
    <name>Sourcelight::SaveIndicator</name>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Every edit is on disk.</source>
        <translation>Jede Änderung ist auf dem Datenträger.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>The last edit is in the project and is being written to the disk.</source>
        <translation>Die letzte Änderung ist im Projekt und wird auf den Datenträger geschrieben.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message numerus="yes">
        <source>Offline · %n waiting</source>
        <comment>edits waiting to be sent</comment>
        <translation>
            <numerusform>Offline · %n wartet</numerusform>
            <numerusform>Offline · %n warten</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection to the team project&apos;s server was lost. Sourcelight connects again every few seconds. Review edits (attributions, verdicts, types, notes, tags, evidence links added) wait here, kept on this computer, and are sent in order when it is back, or when the project is next opened; other edits cannot be saved until then and are undone.</source>
        <translation>Die Verbindung zum Server des Teamprojekts ist abgebrochen. Sourcelight verbindet sich alle paar Sekunden neu. Prüfänderungen (Zuschreibungen, Bewertungen, Typen, Notizen, Schlagwörter, hinzugefügte Beleglinks) warten hier, auf diesem Computer aufbewahrt, und werden der Reihe nach gesendet, sobald er wieder da ist oder das Projekt das nächste Mal geöffnet wird; andere Änderungen können bis dahin nicht gespeichert werden und werden rückgängig gemacht.</translation>
    </message>
</context>
<context>
    <name>Sourcelight::SentenceEditController</name>
    <message>
        <source>Sp&amp;lit Sentence at the Cursor</source>
        <translation>Satz am &amp;Cursor teilen</translation>
    </message>
    <message>
        <source>&amp;Merge with the Next Sentence</source>
        <translation>Mit dem nächsten Satz &amp;zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Claim the Selected Words</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Markierte Wörter als Aussa&amp;ge</translation>
    </message>
    <message>
        <source>Place the cursor inside a sentence first.</source>
        <translation>Setzen Sie den Cursor zuerst in einen Satz.</translation>
    </message>
    <message>
        <source>Choose a sentence first.</source>
        <translation>Wählen Sie zuerst einen Satz.</translation>
    </message>
</context>
<context>
    <name>Sourcelight::SentenceModel</name>
    <message>
        <source>Author&apos;s own voice (no attribution)</source>
        <translation>Eigene Stimme des Autors (keine Zuschreibung)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <source>Via: %1</source>
        <translation>Über: %1</translation>
    </message>
    <message>
        <source>Cue: “%1”</source>
        <translation>Signalwort: „%1“</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Bewertung: %1</translation>
    </message>
</context>
<context>
    <name>Sourcelight::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Reviewer name:</source>
        <translation>Name des/der &amp;Prüfer/in:</translation>
    </message>
    <message>
        <source>Reviewing &amp;organisation:</source>
        <translation>Prüfende &amp;Organisation:</translation>
    </message>
    <message>
        <source>Organisation &amp;web address:</source>
        <translation>&amp;Webadresse der Organisation:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Sprache der Benutzeroberfläche</translation>
    </message>
    <message>
        <source>Reviewer name</source>
        <translation>Name des/der Prüfer/in</translation>
    </message>
    <message>
        <source>Recorded with every change you make and on the claims you review.</source>
        <translation>Wird bei jeder Ihrer Änderungen und bei den von Ihnen geprüften Aussagen vermerkt.</translation>
    </message>
    <message>
        <source>Reviewing organisation</source>
        <translation>Prüfende Organisation</translation>
    </message>
    <message>
        <source>Named as the author of ClaimReview exports.</source>
        <translation>Wird in ClaimReview-Exporten als Autor genannt.</translation>
    </message>
    <message>
        <source>Organisation web address</source>
        <translation>Webadresse der Organisation</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Erscheinungsbild:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
</context>
<context>
    <name>Sourcelight::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>Sourcelight::SourceModel</name>
    <message>
        <source>Also: %1</source>
        <translation>Auch genannt: %1</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>who a claim comes from</comment>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Sätze</translation>
    </message>
</context>
<context>
    <name>Sourcelight::SourcesDock</name>
    <message>
        <source>Sources</source>
        <comment>who claims come from</comment>
        <translation>Quellen</translation>
    </message>
</context>
<context>
    <name>Sourcelight::SuggestionQualityDialog</name>
    <message>
        <source>How Good Were the Suggestions?</source>
        <translation>Wie gut waren die Vorschläge?</translation>
    </message>
    <message>
        <source>Suggestions kept, by cue and by source kind</source>
        <translation>Übernommene Vorschläge nach Signalwort und Quellenart</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>Kept share</source>
        <translation>Anteil übernommen</translation>
    </message>
    <message>
        <source>Other source</source>
        <translation>Andere Quelle</translation>
    </message>
    <message>
        <source>Source missed</source>
        <translation>Quelle übersehen</translation>
    </message>
    <message>
        <source>Source where none</source>
        <translation>Quelle, wo keine ist</translation>
    </message>
    <message>
        <source>The analyst chose another source</source>
        <translation>Die Analystin oder der Analyst wählte eine andere Quelle</translation>
    </message>
    <message>
        <source>The suggestion saw the article&apos;s own voice; the analyst a source</source>
        <translation>Der Vorschlag sah die eigene Stimme des Artikels, die Analyse eine Quelle</translation>
    </message>
    <message>
        <source>The suggestion named a source; the analyst saw the article&apos;s own voice</source>
        <translation>Der Vorschlag nannte eine Quelle, die Analyse sah die eigene Stimme des Artikels</translation>
    </message>
    <message>
        <source>Speech verbs (said, told)</source>
        <translation>Sprechverben (said, told)</translation>
    </message>
    <message>
        <source>Stance verbs (criticised, denied)</source>
        <translation>Haltungsverben (criticised, denied)</translation>
    </message>
    <message>
        <source>Belief verbs (believe, expect)</source>
        <translation>Überzeugungsverben (believe, expect)</translation>
    </message>
    <message>
        <source>Evidence verbs (records show)</source>
        <translation>Belegverben (records show)</translation>
    </message>
    <message>
        <source>Carried from an earlier sentence</source>
        <translation>Aus einem früheren Satz übernommen</translation>
    </message>
    <message>
        <source>Attributed by a later sentence</source>
        <translation>Durch einen späteren Satz zugeschrieben</translation>
    </message>
    <message>
        <source>The article&apos;s own voice</source>
        <translation>Eigene Stimme des Artikels</translation>
    </message>
    <message>
        <source>No sentence has been reviewed yet. Accept or correct suggestions in the review; every sentence you decide counts here.</source>
        <translation>Noch ist kein Satz geprüft. Nehmen Sie Vorschläge an oder korrigieren Sie sie; jeder entschiedene Satz zählt hier.</translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed sentence(s): the suggested source was kept in %1 of them.</source>
        <translation>
            <numerusform>%n geprüfter Satz: Die vorgeschlagene Quelle wurde in %1 davon übernommen.</numerusform>
            <numerusform>%n geprüfte Sätze: Die vorgeschlagene Quelle wurde in %1 davon übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>All reviewed sentences</source>
        <translation>Alle geprüften Sätze</translation>
    </message>
    <message>
        <source>Every suggestion</source>
        <translation>Alle Vorschläge</translation>
    </message>
    <message>
        <source>By the suggestion&apos;s cue</source>
        <translation>Nach dem Signalwort des Vorschlags</translation>
    </message>
    <message>
        <source>By the kind of source suggested</source>
        <translation>Nach der Art der vorgeschlagenen Quelle</translation>
    </message>
    <message>
        <source>Phrases (according to)</source>
        <translation>Wendungen (according to)</translation>
    </message>
    <message>
        <source>Attribution nouns (in a statement, his claim that)</source>
        <translation>Zuschreibungsnomen (in a statement, his claim that)</translation>
    </message>
    <message>
        <source>A colon introducing a quotation</source>
        <translation>Doppelpunkt vor einem Zitat</translation>
    </message>
</context>
<context>
    <name>Sourcelight::SuggestionView</name>
    <message>
        <source>Sentence</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>&amp;Accept (Enter)</source>
        <translation>&amp;Annehmen (Enter)</translation>
    </message>
    <message>
        <source>Accept the suggested attribution</source>
        <translation>Die vorgeschlagene Zuschreibung annehmen</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Ab&amp;lehnen</translation>
    </message>
    <message>
        <source>Reject the suggested attribution</source>
        <translation>Die vorgeschlagene Zuschreibung ablehnen</translation>
    </message>
    <message>
        <source>Author&apos;s own voice</source>
        <translation>Eigene Stimme des Autors</translation>
    </message>
</context>
<context>
    <name>Sourcelight::TeamProjectDialog</name>
    <message>
        <source>Connect to Team Project</source>
        <translation>Mit Teamprojekt verbinden</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>from ~/.pgpass or PGPASSWORD when empty</source>
        <translation>aus ~/.pgpass oder PGPASSWORD, wenn leer</translation>
    </message>
    <message>
        <source>A team project lives in a PostgreSQL database that your administrator set up. The password is used for this connection only and never saved.</source>
        <translation>Ein Teamprojekt liegt in einer PostgreSQL-Datenbank, die Ihre Administration eingerichtet hat. Das Passwort wird nur für diese Verbindung verwendet und nie gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
</context>
<context>
    <name>Sourcelight::WebAnnotationWriter</name>
    <message>
        <source>via %1</source>
        <translation>über %1</translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <source>print a project&apos;s figures: attributed share, anonymous sources, per source and per verdict</source>
        <translation>Kennzahlen eines Projekts ausgeben: zugeschriebener Anteil, anonyme Quellen, je Quelle und je Bewertung</translation>
    </message>
    <message>
        <source>Usage: sourcelight stats --project FILE.sourcelight [--format text|json]

Prints the number of documents and sentences, the share of sentences attributed to a source, the
share of claims resting on anonymous sources, and counts per source and per verdict.

  --project FILE   the project (opened read-only)
  --format FORMAT  text (default: a table) or json (one JSON object)
  -h, --help       show this help
</source>
        <translation>Aufruf: sourcelight stats --project DATEI.sourcelight [--format text|json]

Gibt die Anzahl der Dokumente und Sätze aus, den Anteil der Sätze, die einer Quelle zugeschrieben sind,
den Anteil der Aussagen, die auf anonymen Quellen beruhen, sowie die Anzahl je Quelle und je Bewertung.

  --project DATEI  das Projekt (schreibgeschützt geöffnet)
  --format FORMAT  text (Standard: eine Tabelle) oder json (ein JSON-Objekt)
  -h, --help       diese Hilfe anzeigen
</translation>
    </message>
</context>
<context>
    <name>SubcommandParser</name>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option „%1“</translation>
    </message>
    <message>
        <source>sourcelight %1: %2</source>
        <translation>sourcelight %1: %2</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 braucht einen Wert</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos; (use %3)</source>
        <translation>unbekannte Angabe (%1): „%2“ (möglich: %3)</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 ist erforderlich</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>die Standardeingabe</translation>
    </message>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>die Standardeingabe kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot open &apos;%1&apos;: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 looks like a binary file, not UTF-8 text</source>
        <translation>%1 sieht wie eine Binärdatei aus, nicht wie UTF-8-Text</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text</source>
        <translation>%1 ist kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <source>unknown argument &apos;%1&apos;</source>
        <translation>unbekanntes Argument „%1“</translation>
    </message>
</context>
<context>
    <name>TeamCommand</name>
    <message>
        <source>--role and --name go with --add LOGIN.</source>
        <translation>--role und --name sind nur zusammen mit --add LOGIN möglich.</translation>
    </message>
    <message>
        <source>unknown mode &apos;%1&apos; (use shared or independent)</source>
        <translation>unbekannter Modus „%1“ (shared oder independent verwenden)</translation>
    </message>
    <message>
        <source>Review mode: %1
</source>
        <translation>Prüfmodus: %1
</translation>
    </message>
    <message>
        <source>show a team project&apos;s reviewers and review mode; give a login a part, change the mode</source>
        <translation>die Prüfer/innen und den Prüfmodus eines Teamprojekts anzeigen; einem Login eine Rolle geben, den Modus ändern</translation>
    </message>
    <message>
        <source>Usage: sourcelight team --project P [--add LOGIN [--role ROLE] [--name NAME]]
                        [--mode shared|independent] [--format text|json]

Lists the people of a team project (their name, database login and part) and its review mode. An
admin may give a login a part and change the mode; the server refuses anyone else. The login must
exist on the server (CREATE ROLE … LOGIN). A reviewer decides under their own name; a curator also
writes the final decisions and reshapes sentences; an admin also imports documents and manages the
codebook, the team and the mode. In independent mode each reviewer&apos;s decisions are their own and
hidden from the others until they mark the document done.

  --project P      the project: a .sourcelight file or a postgresql:// address (required)
  --add LOGIN      give this database login a part (again: change it)
  --role ROLE      reviewer (default), curator or admin
  --name NAME      the name their decisions go under (default: the login)
  --mode MODE      shared or independent (independent needs a server)
  --format FORMAT  text (default) or json: {&quot;mode&quot;, &quot;members&quot;: [{&quot;id&quot;, &quot;name&quot;, &quot;login&quot;,
                   &quot;role&quot;}]}
  -h, --help       show this help
</source>
        <translation>Aufruf: sourcelight team --project P [--add LOGIN [--role ROLLE] [--name NAME]]
                         [--mode shared|independent] [--format text|json]

Listet die Personen eines Teamprojekts (Name, Datenbank-Login und Rolle) und seinen Prüfmodus auf.
Ein Admin kann einem Login eine Rolle geben und den Modus ändern; allen anderen verweigert der Server
das. Der Login muss auf dem Server existieren (CREATE ROLE … LOGIN). Prüfer/innen entscheiden unter
eigenem Namen; Kurator/innen schreiben außerdem die endgültigen Entscheidungen, teilen Sätze und führen
sie zusammen; Admins importieren außerdem Dokumente und verwalten das Codebuch, das Team und den Modus.
Im Modus independent sind die Entscheidungen jeder prüfenden Person ihre eigenen und vor den anderen
verborgen, bis sie das Dokument als erledigt markiert.

  --project P      das Projekt: eine .sourcelight-Datei oder eine postgresql://-Adresse (erforderlich)
  --add LOGIN      diesem Datenbank-Login eine Rolle geben (erneut: sie ändern)
  --role ROLLE     reviewer (Standard), curator oder admin
  --name NAME      der Name, unter dem die Entscheidungen erscheinen (Standard: der Login)
  --mode MODUS     shared oder independent (independent benötigt einen Server)
  --format FORMAT  text (Standard) oder json: {&quot;mode&quot;, &quot;members&quot;: [{&quot;id&quot;, &quot;name&quot;,
                   &quot;login&quot;, &quot;role&quot;}]}
  -h, --help       diese Hilfe anzeigen
</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>the file names no encoding; it was read as %1, which its letters suggest</source>
        <translation>die Datei gibt keine Kodierung an; sie wurde als %1 gelesen, worauf ihre Zeichen hindeuten</translation>
    </message>
    <message numerus="yes">
        <source>%n byte sequence(s) could not be decoded and are shown as �</source>
        <translation>
            <numerusform>%n Bytefolge konnte nicht dekodiert werden und wird als � angezeigt</numerusform>
            <numerusform>%n Bytefolgen konnten nicht dekodiert werden und werden als � angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a binary file, not text: only .txt, .md and .html articles can be imported.</source>
        <translation>Dies ist eine Binärdatei, kein Text: Nur Artikel im Format .txt, .md und .html können importiert werden.</translation>
    </message>
</context>
</TS>
