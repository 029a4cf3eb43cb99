<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgreementReport</name>
    <message numerus="yes">
        <source>line %1: %2 values, but the first row names %n coder(s)</source>
        <translation>
            <numerusform>line %1: %2 values, but the first row names %n coder</numerusform>
            <numerusform>line %1: %2 values, but the first row names %n coders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttributionEvaluator</name>
    <message numerus="yes">
        <source>%1: %n article(s)</source>
        <translation>
            <numerusform>%1: %n article</numerusform>
            <numerusform>%1: %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonProjectImporter</name>
    <message numerus="yes">
        <source>The backup holds the reviewers&apos; own codings of %n document(s), and who marked them done; a project file cannot hold independent review, so they were left out. Restore the backup into a team project on a server to keep them.</source>
        <translation>
            <numerusform>The backup holds the reviewers&apos; own codings of %n document, and who marked it done; a project file cannot hold independent review, so they were left out. Restore the backup into a team project on a server to keep them.</numerusform>
            <numerusform>The backup holds the reviewers&apos; own codings of %n documents, and who marked them done; a project file cannot hold independent review, so they were left out. Restore the backup into a team project on a server to keep them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The project already holds %n document(s). A backup is restored only into a project without documents: restore it into a new project file. Nothing was changed.</source>
        <translation>
            <numerusform>The project already holds %n document. A backup is restored only into a project without documents: restore it into a new project file. Nothing was changed.</numerusform>
            <numerusform>The project already holds %n documents. A backup is restored only into a project without documents: restore it into a new project file. Nothing was changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectImporter</name>
    <message numerus="yes">
        <source>New version of document %1; %n annotation(s) carried over</source>
        <translation>
            <numerusform>New version of document %1; %n annotation carried over</numerusform>
            <numerusform>New version of document %1; %n annotations carried over</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) could not be placed and stay on the old version: %1</source>
        <translation>
            <numerusform>%n annotation could not be placed and stays on the old version: %1</numerusform>
            <numerusform>%n annotations could not be placed and stay on the old version: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message numerus="yes">
        <source>whole project (%n document(s))</source>
        <translation>
            <numerusform>whole project (%n document)</numerusform>
            <numerusform>whole project (%n documents)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected document(s)</source>
        <translation>
            <numerusform>%n selected document</numerusform>
            <numerusform>%n selected documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sourcelight::ArticleFetcher</name>
    <message numerus="yes">
        <source>The server did not send the page within %n second(s).</source>
        <translation>
            <numerusform>The server did not send the page within %n second.</numerusform>
            <numerusform>The server did not send the page within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The page redirects too often (more than %n time(s)).</source>
        <translation>
            <numerusform>The page redirects too often (more than %n time).</numerusform>
            <numerusform>The page redirects too often (more than %n times).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sourcelight::ArticleIntake</name>
    <message numerus="yes">
        <source>Imported “%1” (%n sentence(s)).</source>
        <translation>
            <numerusform>Imported “%1” (%n sentence).</numerusform>
            <numerusform>Imported “%1” (%n sentences).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sourcelight::ExportDialog</name>
    <message numerus="yes">
        <source>&amp;Selected documents (%n)</source>
        <translation>
            <numerusform>&amp;Selected documents (%n)</numerusform>
            <numerusform>&amp;Selected documents (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sourcelight::FindBar</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <comment>found in the article</comment>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sourcelight::LibraryController</name>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <comment>It has … and …</comment>
        <translation>
            <numerusform>%n claim</numerusform>
            <numerusform>%n claims</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed attribution(s)</source>
        <comment>It has … and …</comment>
        <translation>
            <numerusform>%n reviewed attribution</numerusform>
            <numerusform>%n reviewed attributions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sourcelight::MainWindow</name>
    <message numerus="yes">
        <source>%n edit(s) made while the server could not be reached wait to be sent, and could not be kept on this computer. Closing the project now discards them. Close it anyway?</source>
        <translation>
            <numerusform>%n edit made while the server could not be reached waits to be sent, and could not be kept on this computer. Closing the project now discards it. Close it anyway?</numerusform>
            <numerusform>%n edits made while the server could not be reached wait to be sent, and could not be kept on this computer. Closing the project now discards them. Close it anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) made offline when the project was last open were sent to the server.</source>
        <translation>
            <numerusform>%n edit made offline when the project was last open was sent to the server.</numerusform>
            <numerusform>%n edits made offline when the project was last open were sent to the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n article(s)…</source>
        <translation>
            <numerusform>Importing %n article…</numerusform>
            <numerusform>Importing %n articles…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s).</source>
        <translation>
            <numerusform>Imported %n article.</numerusform>
            <numerusform>Imported %n articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported; the others were.</source>
        <translation>
            <numerusform>%n file could not be imported; the others were.</numerusform>
            <numerusform>%n files could not be imported; the others were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n document(s) from “%1”.</source>
        <translation>
            <numerusform>Restored %n document from “%1”.</numerusform>
            <numerusform>Restored %n documents from “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sourcelight::Project</name>
    <message numerus="yes">
        <source>%n edit(s) could not be saved to the disk and were undone: %1 Redo them when the disk works again.</source>
        <translation><numerusform>%n edit could not be saved to the disk and was undone: %1 Redo it when the disk works again.</numerusform><numerusform>%n edits could not be saved to the disk and were undone: %1 Redo them when the disk works again.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) kept on this computer from an earlier session could not be read and were not sent.</source>
        <translation>
            <numerusform>%n edit kept on this computer from an earlier session could not be read and was not sent.</numerusform>
            <numerusform>%n edits kept on this computer from an earlier session could not be read and were not sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sourcelight::SaveIndicator</name>
    <message numerus="yes">
        <source>Offline · %n waiting</source>
        <comment>edits waiting to be sent</comment>
        <translation>
            <numerusform>Offline · %n waiting</numerusform>
            <numerusform>Offline · %n waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sourcelight::SuggestionQualityDialog</name>
    <message numerus="yes">
        <source>%n reviewed sentence(s): the suggested source was kept in %1 of them.</source>
        <translation>
            <numerusform>%n reviewed sentence: the suggested source was kept in %1 of them.</numerusform>
            <numerusform>%n reviewed sentences: the suggested source was kept in %1 of them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message numerus="yes">
        <source>%n byte sequence(s) could not be decoded and are shown as �</source>
        <translation>
            <numerusform>%n byte sequence could not be decoded and is shown as �</numerusform>
            <numerusform>%n byte sequences could not be decoded and are shown as �</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sourcelight::AdjudicationDialog</name>
    <message numerus="yes">
        <source>%n sentence(s) of this document where the reviewers disagree. Pick a row, then whose decision is to be the final one.</source>
        <translation>
            <numerusform>%n sentence of this document where the reviewers disagree. Pick a row, then whose decision is to be the final one.</numerusform>
            <numerusform>%n sentences of this document where the reviewers disagree. Pick a row, then whose decision is to be the final one.</numerusform>
        </translation>
    </message>
</context>
</TS>
