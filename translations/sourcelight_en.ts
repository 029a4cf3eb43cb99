<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AttributionEvaluator</name>
    <message numerus="yes">
        <source>%1: %n article(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonProjectImporter</name>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) could not be placed and stay on the old version: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message numerus="yes">
        <source>whole project (%n document(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected document(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sourcelight::ExportDialog</name>
    <message numerus="yes">
        <source>&amp;Selected documents (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sourcelight::MainWindow</name>
    <message numerus="yes">
        <source>Importing %n article(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported; the others were.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
    <name>TextDecoder</name>
    <message numerus="yes">
        <source>%n byte sequence(s) could not be decoded and are shown as �</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
