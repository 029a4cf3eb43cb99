<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name>AnalyzeCommand</name>
    <message>
        <source>print the sentences and suggested attributions of an article (JSON or TSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sourcelight analyze [--lang en|ru|uk|auto] [--format json|tsv] FILE|-

Splits a UTF-8 article into sentences and suggests for each who its source is, through whom and on
what evidence. &apos;-&apos; reads standard input. Offsets count Unicode code points.

  --lang LANG      language of the article (default: auto, detected from the text)
  --format FORMAT  json (default: one JSON object) or tsv (one line per sentence)
  -h, --help       show this help
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sourcelight analyze: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; (use en, ru, uk or auto)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (use json or tsv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one FILE may be given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing FILE (use &apos;-&apos; for standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sourcelight analyze: cannot read standard input: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sourcelight analyze: &apos;%1&apos; is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sourcelight analyze: cannot open &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sourcelight analyze: %1 looks like a binary file, not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sourcelight analyze: %1 is not valid UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Source-attributed claim review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects or articles to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sourcelight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default library could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttributionTable</name>
    <message>
        <source>The attribution names a source that does not exist (%1).</source>
        <comment>source: who a claim comes from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 suggestions for %2 sentences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An analyst&apos;s attribution is either confirmed or edited, not suggested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sentence has no suggestion to accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no attribution %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimTable</name>
    <message>
        <source>A claim&apos;s span must lie inside its sentence.</source>
        <comment>claim: a reviewed statement</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no claim %1.</source>
        <comment>claim: a reviewed statement</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tag %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence needs a link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no evidence link %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no full-text index.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Codebook</name>
    <message>
        <source>A tag needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a tag called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tag %1.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands (no display needed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;sourcelight COMMAND --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KDE Frameworks SyntaxHighlighting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sourcelight: unknown option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sourcelight: &apos;%1&apos; is neither a command nor a file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DefaultLibrary</name>
    <message>
        <source>The sample article “%1” could not be added: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>Unverified</source>
        <comment>verdict</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported</source>
        <comment>verdict</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed</source>
        <comment>verdict</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misleading</source>
        <comment>verdict</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False</source>
        <comment>verdict</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <comment>verdict</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact</source>
        <comment>claim type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistic</source>
        <comment>claim type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast</source>
        <comment>claim type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion</source>
        <comment>claim type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <comment>claim type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <comment>claim type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <comment>source kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <comment>source kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official body</source>
        <comment>source kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <comment>source kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <comment>source kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <comment>source kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlets</source>
        <comment>source kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <comment>source kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official bodies</source>
        <comment>source kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous sources</source>
        <comment>source kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <comment>source kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors</source>
        <comment>source kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested</source>
        <comment>attribution origin</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <comment>attribution origin</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <comment>attribution origin</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quotation</source>
        <comment>quote type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct quote</source>
        <comment>quote type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indirect (reported speech)</source>
        <comment>quote type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed quote</source>
        <comment>quote type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explicit</source>
        <comment>attribution scope</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributed by a later sentence</source>
        <comment>attribution scope</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried from an earlier sentence</source>
        <comment>attribution scope</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author&apos;s own voice</source>
        <comment>attribution scope</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unspecified</source>
        <comment>number of speakers</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One</source>
        <comment>number of speakers</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another</source>
        <comment>number of speakers</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several</source>
        <comment>number of speakers</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentReader</name>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of type “.%1” cannot be imported; use .txt, .md or .html.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large to be an article (%1 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains no text to review.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentReanchorer</name>
    <message>
        <source>Attribution of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim on “%1”</source>
        <comment>claim: a reviewed statement</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentTable</name>
    <message>
        <source>A sentence lies outside the document&apos;s text (%1–%2 of %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no document %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sentence %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>write a report or export (HTML, PDF, Markdown, CSV, JSON, W3C, ClaimReview, REFI-QDA)</source>
        <translation type="unfinished"></translation>
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
  --title TEXT           the report&apos;s title
  --organisation NAME    the reviewing organisation (ClaimReview author; default from settings)
  --organisation-url URL its web address
  --compact              JSON without indentation
  --progress             print progress to standard error
  -h, --help             show this help
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sourcelight export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--project needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format needs a format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--document needs a document id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--filter needs a filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page-size needs a4 or letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--title needs a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--organisation needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--organisation-url needs an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--project is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o is required (&apos;-&apos; for standard output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 export is binary; give a file name to -o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown page size &apos;%1&apos; (a4 or letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 format needs the font system; run it through the sourcelight executable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no source &apos;%1&apos; in the project</source>
        <comment>source: who a claim comes from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown filter &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>import articles (.txt, .md, .html) into a project, one JSON line per file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sourcelight import --project FILE.sourcelight FILE…

Imports each article into the project (created when it does not exist): its text, metadata,
sentences and suggested attributions. Prints one JSON line per file with its status: imported,
duplicate (the same text is already there), updated (a new version of an article already there;
the analyst&apos;s annotations are carried over) or error. Exits with 1 if any file failed.

  --project FILE  the project to import into
  -h, --help      show this help
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sourcelight import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--project needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--project is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no files to import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonProjectImporter</name>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Sourcelight JSON export: %1 (at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This JSON file is not a Sourcelight project export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This export is in format version %1; this version of Sourcelight reads up to version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON export can only be imported into a new, empty project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source %1 has an unknown kind “%2”.</source>
        <comment>source: who a claim comes from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribution %1 has an unknown origin, quote type or scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribution %1 has an unknown source count “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 has an unknown type or verdict.</source>
        <comment>claim: a reviewed statement</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Project</name>
    <message>
        <source>needs second source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rests on a single source; look for corroboration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hedged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worded with reportedly, allegedly, could or similar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains a figure to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Come back to it later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectImporter</name>
    <message>
        <source>There is no text to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same text is already in the project (document %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>New version of document %1; %n annotation(s) carried over</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) could not be placed and stay on the old version: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectStats</name>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributed sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <comment>claim: a reviewed statement</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims resting on anonymous sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per verdict</source>
        <comment>verdict: the finding about a claim</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per source</source>
        <comment>source: who a claim comes from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <comment>source: who a claim comes from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>There is no document %1 in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>HTML report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table of claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sourcelight JSON (lossless, re-importable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W3C Web Annotations (JSON-LD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema.org ClaimReview (JSON-LD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFI-QDA project (.qdpx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>Unverified</source>
        <comment>verdict</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported</source>
        <comment>verdict</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed</source>
        <comment>verdict</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misleading</source>
        <comment>verdict</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False</source>
        <comment>verdict</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <comment>verdict</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact</source>
        <comment>claim type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistic</source>
        <comment>claim type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast</source>
        <comment>claim type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion</source>
        <comment>claim type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <comment>claim type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <comment>claim type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <comment>source kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <comment>source kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official body</source>
        <comment>source kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <comment>source kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <comment>source kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <comment>source kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggested</source>
        <comment>attribution origin</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <comment>attribution origin</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <comment>attribution origin</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source %1</source>
        <comment>source: who a claim comes from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author (the article&apos;s own voice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>whole project (%n document(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>only verified claims</source>
        <comment>claim: a reviewed statement</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only claims resting on anonymous sources</source>
        <comment>claim: a reviewed statement</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source: %1</source>
        <comment>source: who a claim comes from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim type: %1</source>
        <comment>claim: a reviewed statement</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>The upgrade of the project to version %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upgrade the project to version %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceTable</name>
    <message>
        <source>A source needs a name.</source>
        <comment>source: who a claim comes from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a source called “%1”.</source>
        <comment>source: who a claim comes from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A source cannot be affiliated with itself or one of its own affiliates.</source>
        <comment>source: who a claim comes from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is still cited by attributions; merge it into another source instead.</source>
        <comment>source: who a claim comes from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no source %1.</source>
        <comment>source: who a claim comes from</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sourcelight::AboutDialog</name>
    <message>
        <source>About Sourcelight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source-attributed claim review: who said what, through whom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)
KDE Frameworks SyntaxHighlighting %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sourcelight::AttributionPanel</name>
    <message>
        <source>Attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sentence selected. Click a sentence, or press J and K to move through them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the suggested attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the suggested attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <comment>who a claim comes from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <comment>who a claim comes from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name or alias…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New source…</source>
        <comment>who a claim comes from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New source</source>
        <comment>who a claim comes from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Via:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Via chain, nearest to the reader first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a conduit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an outlet or person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add conduit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove conduit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move conduit up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move conduit down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title or role of the source</source>
        <comment>who a claim comes from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. National Security Council spokesman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <comment>the reviewed statement</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <comment>claim type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onfidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence in the verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you checked, what is missing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove evidence link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author&apos;s own voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a web address (http or https).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sourcelight::AttributionSuggester</name>
    <message>
        <source>cue &apos;%1&apos; before &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cue &apos;%1&apos; after &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (pronoun with no earlier source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, via %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, off the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attributed by a later sentence: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impersonal cue &apos;%1&apos; continues %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impersonal cue &apos;%1&apos; with no source named earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headline or subheading: the article&apos;s own voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continues the quotation of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quotation following one by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; continues %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hedged claim in a paragraph attributed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no attribution cue: the article&apos;s own voice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sourcelight::ClaimReviewWriter</name>
    <message>
        <source>Unnamed fact-checking organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sourcelight::ClaimTableModel</name>
    <message>
        <source>(author)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <comment>the reviewed statement</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <comment>who a claim comes from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Via</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <comment>claim type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sourcelight::ClaimsDock</name>
    <message>
        <source>Claims</source>
        <comment>reviewed statements</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter claims by text or note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any type</source>
        <comment>claim type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by claim type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any kind of source</source>
        <comment>who a claim comes from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by kind of source</source>
        <comment>who a claim comes from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named or anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous sources only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named sources only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by anonymity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by reviewer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sourcelight::DocumentListModel</name>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 · %3
%4 of %5 sentences reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sourcelight::DocumentView</name>
    <message>
        <source>Article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article is open. Import one from the File menu or pick one in the Library.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sourcelight::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current document</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Selected documents (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Whole project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <comment>claim: a reviewed statement</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;verified claims</source>
        <comment>claim: a reviewed statement</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only claims resting on &amp;anonymous sources</source>
        <comment>claim: a reviewed statement</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <comment>source: who a claim comes from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any source</source>
        <comment>source: who a claim comes from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim type</source>
        <comment>claim: a reviewed statement</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <comment>source: who a claim comes from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;erdict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byte order mark (for spreadsheet programs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the first documents; the export contains all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sourcelight::HtmlReportWriter</name>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentences resting on a source</source>
        <comment>source: who a claim comes from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributions confirmed by an analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <comment>claim: a reviewed statement</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims resting on anonymous sources</source>
        <comment>claim: a reviewed statement</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other sources</source>
        <comment>source: who a claim comes from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentences per source</source>
        <comment>source: who a claim comes from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims by verdict</source>
        <comment>claim: a reviewed statement</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <comment>source: who a claim comes from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with Sourcelight %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>via %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <comment>source: who a claim comes from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Via</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <comment>claim: a reviewed statement</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sourcelight::LibraryDock</name>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sourcelight::MainWindow</name>
    <message>
        <source>Sourcelight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Sourcelight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim &amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <comment>who claims come from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename Source…</source>
        <comment>who a claim comes from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge Source Into…</source>
        <comment>who a claim comes from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;All Sources</source>
        <comment>who claims come from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the project “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sourcelight projects (*.sourcelight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists; it is opened instead of being replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sourcelight projects (*.sourcelight);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.markdown *.html *.htm *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a writable project before importing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these files can be imported (text, Markdown, HTML or Sourcelight JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing %n article(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported; the others were.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rename Source</source>
        <comment>who a claim comes from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Source</source>
        <comment>who a claim comes from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <comment>who claims come from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project before exporting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sourcelight::MarkdownReportWriter</name>
    <message>
        <source>Project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentences resting on a source</source>
        <comment>source: who a claim comes from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <comment>claim: a reviewed statement</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims resting on anonymous sources</source>
        <comment>claim: a reviewed statement</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentences per source</source>
        <comment>source: who a claim comes from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <comment>source: who a claim comes from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims by verdict</source>
        <comment>claim: a reviewed statement</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Via</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <comment>claim: a reviewed statement</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <comment>source: who a claim comes from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sourcelight::NewSourceDialog</name>
    <message>
        <source>New Source</source>
        <comment>who a claim comes from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source name</source>
        <comment>who a claim comes from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of source</source>
        <comment>who a claim comes from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Affiliation:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sourcelight::PdfReportWriter</name>
    <message>
        <source>Cannot write the PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sourcelight::Project</name>
    <message>
        <source>Analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The suggestion was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set source to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change via chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change source profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change quote type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set claim type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create source %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename source %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sourcelight::ProjectStore</name>
    <message>
        <source>“%1” is a folder, not a Sourcelight project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the project “%1”: the folder cannot be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the project “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an empty file, not a Sourcelight project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Sourcelight project (it is not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project “%1” is damaged: the file is truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project “%1” or its folder cannot be written to; it is open for reading only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is open for reading only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the project “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project “%1” is damaged (%2). Open a backup copy, or ask for help recovering it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an SQLite database, but not a Sourcelight project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an empty database, not a Sourcelight project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project “%1” was saved by a newer version of Sourcelight (format %2; this version knows up to %3). It is open for reading only, so nothing in it is changed; update Sourcelight to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project “%1” is in an older format and must be upgraded, but it cannot be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reviewer needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding “%1” is full: the last change was not saved. Everything saved before it is intact; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project “%1” is locked by another program or another Sourcelight window; try again when it is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project “%1” cannot be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project “%1” is damaged. Open a backup copy, or ask for help recovering it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Sourcelight project (it is not an SQLite database, or it is damaged beyond reading).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read or write the project “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error in “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item to change (%1 %2) no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sourcelight::QdpxWriter</name>
    <message>
        <source>Sources</source>
        <comment>source: who a claim comes from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also called %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>affiliation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim types</source>
        <comment>claim: a reviewed statement</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on claim %1</source>
        <comment>claim: a reviewed statement</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the REFI-QDA project: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sourcelight::ReviewController</name>
    <message>
        <source>&amp;Next Sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Unreviewed Sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;Source…</source>
        <comment>who a claim comes from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributed %1 · reviewed %2 · total %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sourcelight::SentenceModel</name>
    <message>
        <source>Author&apos;s own voice (no attribution)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Via: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sourcelight::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reviewer name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewing &amp;organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation &amp;web address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded with every change you make and on the claims you review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewing organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named as the author of ClaimReview exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sourcelight::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sourcelight::SourceModel</name>
    <message>
        <source>Also: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <comment>who a claim comes from</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sourcelight::SourcesDock</name>
    <message>
        <source>Sources</source>
        <comment>who claims come from</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sourcelight::WebAnnotationWriter</name>
    <message>
        <source>via %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <source>print a project&apos;s figures: attributed share, anonymous sources, per source and per verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sourcelight stats --project FILE.sourcelight [--format text|json]

Prints the number of documents and sentences, the share of sentences attributed to a source, the
share of claims resting on anonymous sources, and counts per source and per verdict.

  --project FILE   the project (opened read-only)
  --format FORMAT  text (default: a table) or json (one JSON object)
  -h, --help       show this help
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sourcelight stats: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--project is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (use text or json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>the file names no encoding; it was read as %1, which its letters suggest</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte sequence(s) could not be decoded and are shown as �</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This is a binary file, not text: only .txt, .md and .html articles can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
