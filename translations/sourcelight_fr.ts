<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AgreementCommand</name>
    <message>
        <source>measure how far coders agree: Krippendorff&apos;s alpha, Cohen&apos;s kappa, percent agreement</source>
        <translation>mesurer l&apos;accord entre codeurs : alpha de Krippendorff, kappa de Cohen, pourcentage d&apos;accord</translation>
    </message>
    <message>
        <source>--document needs a document id, not &apos;%1&apos;</source>
        <translation>--document attend un identifiant de document, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No reviewer of %1 has coded independently yet (see sourcelight team --mode).
</source>
        <translation>Aucun relecteur de %1 n&apos;a encore codé de façon indépendante (voir sourcelight team --mode).
</translation>
    </message>
    <message>
        <source>give either --ratings FILE.csv or --project P</source>
        <translation>indiquez soit --ratings FICHIER.csv, soit --project P</translation>
    </message>
    <message>
        <source>--document goes with --project</source>
        <translation>--document s&apos;utilise avec --project</translation>
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
        <translation>Utilisation&#xa0;: sourcelight agreement --ratings FICHIER.csv [--format text|json]
              sourcelight agreement --project P [--document ID] [--format text|json]

Mesure l&apos;accord entre codeurs sur des codes nominaux (un verdict, une source, une étiquette)&#xa0;:
alpha de Krippendorff sur l&apos;ensemble des codeurs, valeurs manquantes admises, et pour chaque paire
de codeurs le pourcentage d&apos;accord et le kappa de Cohen sur les unités codées par les deux. Le
tableau des codages a une ligne par unité&#xa0;: le nom de l&apos;unité, puis une valeur par codeur. Sa
première ligne nomme les codeurs (après un en-tête pour la colonne des unités)&#xa0;; une cellule vide est
une valeur manquante. Séparé par des virgules ou des tabulations, UTF-8&#xa0;; «&#xa0;-&#xa0;» lit l&apos;entrée standard.

Avec --project, les données sont les codages indépendants des relecteurs d&apos;un projet d&apos;équipe
(mode de relecture independent), un tableau par champ&#xa0;: source, anonymity, quoteType, verdict,
claimType et tag:NAME&#xa0;; les unités sont les phrases. Le JSON est {&quot;project&quot;, &quot;document&quot;,
&quot;fields&quot;: [l&apos;objet ci-dessus plus &quot;field&quot;]}.

  --ratings FICHIER  le tableau des codages
  --project P        un projet (fichier ou adresse postgresql://) au lieu d&apos;un tableau
  --document ID      avec --project&#xa0;: uniquement ce document
  --format FORMAT    text (par défaut&#xa0;: un résumé lisible) ou json (un seul objet JSON)
  -h, --help         afficher cette aide
</translation>
    </message>
</context>
<context>
    <name>AgreementReport</name>
    <message>
        <source>line %1: text after a closing quote</source>
        <translation>ligne %1 : du texte après un guillemet fermant</translation>
    </message>
    <message>
        <source>line %1: a quoted cell is not closed</source>
        <translation>ligne %1 : une cellule entre guillemets n&apos;est pas fermée</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>the ratings table is empty</source>
        <translation>le tableau des codages est vide</translation>
    </message>
    <message>
        <source>line %1: the first row must name the unit column and at least one coder</source>
        <translation>ligne %1 : la première ligne doit nommer la colonne des unités et au moins un codeur</translation>
    </message>
    <message>
        <source>line %1: coder %2 has no name</source>
        <translation>ligne %1 : le codeur %2 n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>line %1: coder &apos;%2&apos; is named twice</source>
        <translation>ligne %1 : le codeur « %2 » est nommé deux fois</translation>
    </message>
    <message numerus="yes">
        <source>line %1: %2 values, but the first row names %n coder(s)</source>
        <translation>
            <numerusform>ligne %1 : %2 valeurs, mais la première ligne nomme %n codeur</numerusform>
            <numerusform>ligne %1 : %2 valeurs, mais la première ligne nomme %n codeurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Units: %1 (%2 coded by two coders or more)</source>
        <translation>Unités : %1 (%2 codées par deux codeurs ou plus)</translation>
    </message>
    <message>
        <source>Coders: %1; values: %2 (%3 pairable, %4 distinct)</source>
        <translation>Codeurs : %1 ; valeurs : %2 (%3 appariables, %4 distinctes)</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha (nominal): %1</source>
        <translation>Alpha de Krippendorff (nominal) : %1</translation>
    </message>
    <message>
        <source>no unit was coded twice</source>
        <translation>aucune unité n&apos;a été codée deux fois</translation>
    </message>
    <message>
        <source>every value is the same, so nothing varies</source>
        <translation>toutes les valeurs sont identiques, rien ne varie</translation>
    </message>
    <message>
        <source>Coders</source>
        <translation>Codeurs</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa</source>
        <translation>Kappa de Cohen</translation>
    </message>
</context>
<context>
    <name>AnalyzeCommand</name>
    <message>
        <source>print the sentences and suggested attributions of an article (JSON or TSV)</source>
        <translation>afficher les phrases d&apos;un article et les attributions suggérées (JSON ou TSV)</translation>
    </message>
    <message>
        <source>Usage: sourcelight analyze [--lang en|ru|uk|auto] [--format json|tsv] FILE|-

Splits a UTF-8 article into sentences and suggests for each who its source is, through whom and on
what evidence. &apos;-&apos; reads standard input. Offsets count Unicode code points.

  --lang LANG      language of the article (default: auto, detected from the text)
  --format FORMAT  json (default: one JSON object) or tsv (one line per sentence)
  -h, --help       show this help
</source>
        <translation>Utilisation&#xa0;: sourcelight analyze [--lang en|ru|uk|auto] [--format json|tsv] FICHIER|-

Découpe un article UTF-8 en phrases et suggère pour chacune qui en est la source, par quels
intermédiaires et sur quels indices. «&#xa0;-&#xa0;» lit l&apos;entrée standard. Les positions sont comptées
en points de code Unicode.

  --lang LANGUE    langue de l&apos;article (par défaut&#xa0;: auto, détectée d&apos;après le texte)
  --format FORMAT  json (par défaut&#xa0;: un seul objet JSON) ou tsv (une ligne par phrase)
  -h, --help       afficher cette aide
</translation>
    </message>
    <message>
        <source>only one FILE may be given</source>
        <translation>un seul FICHIER peut être indiqué</translation>
    </message>
    <message>
        <source>missing FILE (use &apos;-&apos; for standard input)</source>
        <translation>FICHIER manquant (utilisez «&#xa0;-&#xa0;» pour l&apos;entrée standard)</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Source-attributed claim review</source>
        <translation>Vérification d&apos;affirmations attribuées à leurs sources</translation>
    </message>
    <message>
        <source>Open this project file.</source>
        <translation>Ouvrir ce fichier de projet.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Projects or articles to open.</source>
        <translation>Projets ou articles à ouvrir.</translation>
    </message>
    <message>
        <source>Sourcelight</source>
        <translation>Sourcelight</translation>
    </message>
    <message>
        <source>The default library could not be created: %1</source>
        <translation>Impossible de créer la bibliothèque par défaut&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>The file is already open.</source>
        <translation>Le fichier est déjà ouvert.</translation>
    </message>
    <message>
        <source>An export file can only be written from the start.</source>
        <translation>Un fichier d&apos;export ne peut être écrit que depuis le début.</translation>
    </message>
    <message>
        <source>“%1” is a folder.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier.</translation>
    </message>
    <message>
        <source>The file was not open.</source>
        <translation>Le fichier n&apos;était pas ouvert.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fichier ordinaire.</translation>
    </message>
</context>
<context>
    <name>AttributionEvaluator</name>
    <message numerus="yes">
        <source>%1: %n article(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n article</numerusform>
            <numerusform>%1&#xa0;: %n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>sources</source>
        <translation>sources</translation>
    </message>
    <message>
        <source>attributed sentences</source>
        <translation>phrases attribuées</translation>
    </message>
    <message>
        <source>cue class %1</source>
        <translation>classe d&apos;indice %1</translation>
    </message>
    <message>
        <source>source kind %1</source>
        <translation>type de source %1</translation>
    </message>
    <message>
        <source>missed sources:</source>
        <translation>sources manquées&#xa0;:</translation>
    </message>
    <message>
        <source>sources named where the gold has none:</source>
        <translation>sources nommées là où la référence n&apos;en indique aucune&#xa0;:</translation>
    </message>
</context>
<context>
    <name>AttributionTable</name>
    <message>
        <source>The attribution names a source that does not exist (%1).</source>
        <comment>source: who a claim comes from</comment>
        <translation>L&apos;attribution désigne une source qui n&apos;existe pas (%1).</translation>
    </message>
    <message>
        <source>%1 suggestions for %2 sentences.</source>
        <translation>%1 suggestions pour %2 phrases.</translation>
    </message>
    <message>
        <source>An analyst&apos;s attribution is either confirmed or edited, not suggested.</source>
        <translation>L&apos;attribution d&apos;un analyste est soit confirmée, soit modifiée, mais jamais suggérée.</translation>
    </message>
    <message>
        <source>There is no attribution %1.</source>
        <translation>L&apos;attribution %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>It was changed by someone else meanwhile.</source>
        <translation>Quelqu’un d’autre l’a modifié entre-temps.</translation>
    </message>
</context>
<context>
    <name>ClaimTable</name>
    <message>
        <source>A claim&apos;s span must lie inside its sentence.</source>
        <comment>claim: a reviewed statement</comment>
        <translation>L&apos;étendue d&apos;une affirmation doit se trouver à l&apos;intérieur de sa phrase.</translation>
    </message>
    <message>
        <source>There is no claim %1.</source>
        <comment>claim: a reviewed statement</comment>
        <translation>L&apos;affirmation %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>There is no tag %1.</source>
        <translation>L&apos;étiquette %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Evidence needs a link.</source>
        <translation>Une preuve doit comporter un lien.</translation>
    </message>
    <message>
        <source>There is no evidence link %1.</source>
        <translation>Le lien de preuve %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>“%1” is not a web address (http or https).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse web (http ou https).</translation>
    </message>
</context>
<context>
    <name>Codebook</name>
    <message>
        <source>A tag needs a name.</source>
        <translation>Une étiquette doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is already a tag called “%1”.</source>
        <translation>Il existe déjà une étiquette nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no tag %1.</source>
        <translation>L&apos;étiquette %1 n&apos;existe pas.</translation>
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
        <translation>Utilisation&#xa0;: sourcelight [--project FICHIER] [FICHIER…]
              sourcelight COMMANDE [OPTIONS…]
              sourcelight --version | --help

Sans commande, ouvre la fenêtre de relecture (sur la bibliothèque par défaut, sauf si un projet est indiqué).
</translation>
    </message>
    <message>
        <source>Commands (no display needed):</source>
        <translation>Commandes (sans affichage graphique)&#xa0;:</translation>
    </message>
    <message>
        <source>Run &apos;sourcelight COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Lancez «&#xa0;sourcelight COMMANDE --help&#xa0;» pour afficher les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (compilé avec %2)</translation>
    </message>
    <message>
        <source>KDE Frameworks SyntaxHighlighting %1</source>
        <translation>KDE Frameworks SyntaxHighlighting %1</translation>
    </message>
    <message>
        <source>sourcelight: unknown option &apos;%1&apos;</source>
        <translation>sourcelight&#xa0;: option inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>sourcelight: &apos;%1&apos; is neither a command nor a file</source>
        <translation>sourcelight&#xa0;: «&#xa0;%1&#xa0;» n&apos;est ni une commande ni un fichier</translation>
    </message>
</context>
<context>
    <name>DefaultLibrary</name>
    <message>
        <source>The sample article “%1” could not be added: %2</source>
        <translation>Impossible d&apos;ajouter l&apos;article d&apos;exemple «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>Unverified</source>
        <comment>verdict</comment>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Supported</source>
        <comment>verdict</comment>
        <translation>Étayé</translation>
    </message>
    <message>
        <source>Disputed</source>
        <comment>verdict</comment>
        <translation>Contesté</translation>
    </message>
    <message>
        <source>Misleading</source>
        <comment>verdict</comment>
        <translation>Trompeur</translation>
    </message>
    <message>
        <source>False</source>
        <comment>verdict</comment>
        <translation>Faux</translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <comment>verdict</comment>
        <translation>Invérifiable</translation>
    </message>
    <message>
        <source>Fact</source>
        <comment>claim type</comment>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Statistic</source>
        <comment>claim type</comment>
        <translation>Statistique</translation>
    </message>
    <message>
        <source>Forecast</source>
        <comment>claim type</comment>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>Opinion</source>
        <comment>claim type</comment>
        <translation>Opinion</translation>
    </message>
    <message>
        <source>Quote</source>
        <comment>claim type</comment>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>claim type</comment>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Outlet</source>
        <comment>source kind</comment>
        <translation>Média</translation>
    </message>
    <message>
        <source>Person</source>
        <comment>source kind</comment>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Official body</source>
        <comment>source kind</comment>
        <translation>Organisme officiel</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <comment>source kind</comment>
        <translation>Anonyme</translation>
    </message>
    <message>
        <source>Document</source>
        <comment>source kind</comment>
        <translation>Document</translation>
    </message>
    <message>
        <source>Author</source>
        <comment>source kind</comment>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Outlets</source>
        <comment>source kind</comment>
        <translation>Médias</translation>
    </message>
    <message>
        <source>People</source>
        <comment>source kind</comment>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Official bodies</source>
        <comment>source kind</comment>
        <translation>Organismes officiels</translation>
    </message>
    <message>
        <source>Anonymous sources</source>
        <comment>source kind</comment>
        <translation>Sources anonymes</translation>
    </message>
    <message>
        <source>Documents</source>
        <comment>source kind</comment>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Authors</source>
        <comment>source kind</comment>
        <translation>Auteurs</translation>
    </message>
    <message>
        <source>Suggested</source>
        <comment>attribution origin</comment>
        <translation>Suggérée</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <comment>attribution origin</comment>
        <translation>Confirmée</translation>
    </message>
    <message>
        <source>Edited</source>
        <comment>attribution origin</comment>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>No quotation</source>
        <comment>quote type</comment>
        <translation>Pas de citation</translation>
    </message>
    <message>
        <source>Direct quote</source>
        <comment>quote type</comment>
        <translation>Citation directe</translation>
    </message>
    <message>
        <source>Indirect (reported speech)</source>
        <comment>quote type</comment>
        <translation>Citation indirecte (discours rapporté)</translation>
    </message>
    <message>
        <source>Mixed quote</source>
        <comment>quote type</comment>
        <translation>Citation mixte</translation>
    </message>
    <message>
        <source>Explicit</source>
        <comment>attribution scope</comment>
        <translation>Explicite</translation>
    </message>
    <message>
        <source>Attributed by a later sentence</source>
        <comment>attribution scope</comment>
        <translation>Attribuée par une phrase suivante</translation>
    </message>
    <message>
        <source>Carried from an earlier sentence</source>
        <comment>attribution scope</comment>
        <translation>Reprise d&apos;une phrase précédente</translation>
    </message>
    <message>
        <source>Author&apos;s own voice</source>
        <comment>attribution scope</comment>
        <translation>Voix propre de l&apos;auteur</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <comment>number of speakers</comment>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>One</source>
        <comment>number of speakers</comment>
        <translation>Un</translation>
    </message>
    <message>
        <source>Another</source>
        <comment>number of speakers</comment>
        <translation>Un autre</translation>
    </message>
    <message>
        <source>Several</source>
        <comment>number of speakers</comment>
        <translation>Plusieurs</translation>
    </message>
    <message>
        <source>article&apos;s own voice</source>
        <comment>attribution</comment>
        <translation>voix propre de l’article</translation>
    </message>
    <message>
        <source>anonymous</source>
        <comment>source mention</comment>
        <translation>anonyme</translation>
    </message>
    <message>
        <source>off the record</source>
        <comment>source mention</comment>
        <translation>officieusement</translation>
    </message>
    <message>
        <source>via %1</source>
        <comment>attribution: the conduit a source is quoted through</comment>
        <translation>via %1</translation>
    </message>
</context>
<context>
    <name>DocumentReader</name>
    <message>
        <source>The file does not exist.</source>
        <translation>Le fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Ceci est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>Files of type “.%1” cannot be imported; use .txt, .md or .html.</source>
        <translation>Les fichiers de type «&#xa0;.%1&#xa0;» ne peuvent pas être importés&#xa0;; utilisez .txt, .md ou .html.</translation>
    </message>
    <message>
        <source>The file is too large to be an article (%1 MB).</source>
        <translation>Le fichier est trop volumineux pour être un article (%1 Mo).</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file contains no text to review.</source>
        <translation>Le fichier ne contient aucun texte à relire.</translation>
    </message>
    <message>
        <source>This is not a regular file but a device, pipe or socket; only files can be read.</source>
        <translation>Ce n&apos;est pas un fichier ordinaire mais un périphérique, un tube ou un socket&#xa0;; seuls des fichiers peuvent être lus.</translation>
    </message>
    <message>
        <source>The input is larger than %1 MB, more than can be imported.</source>
        <translation>L&apos;entrée dépasse %1&#xa0;Mo, plus qu&apos;on ne peut importer.</translation>
    </message>
</context>
<context>
    <name>DocumentReanchorer</name>
    <message>
        <source>Attribution of “%1”</source>
        <translation>Attribution de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Claim on “%1”</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Affirmation sur «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>DocumentSnapshot</name>
    <message>
        <source>There is no document %1.</source>
        <translation>Le document %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>“%1” cannot be put back: something added since it was removed has taken its place (%2 %3).</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être rétabli&#xa0;: un élément ajouté depuis son retrait a pris sa place (%2 %3).</translation>
    </message>
    <message>
        <source>“%1” cannot be put back: the same text has been imported again since it was removed.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être rétabli&#xa0;: le même texte a été réimporté depuis son retrait.</translation>
    </message>
</context>
<context>
    <name>DocumentTable</name>
    <message>
        <source>A sentence lies outside the document&apos;s text (%1–%2 of %3).</source>
        <translation>Une phrase se trouve en dehors du texte du document (%1–%2 sur %3).</translation>
    </message>
    <message>
        <source>There is no document %1.</source>
        <translation>Le document %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>There is no sentence %1.</source>
        <translation>La phrase %1 n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>EvaluateCommand</name>
    <message>
        <source>cannot open &apos;%1&apos;: %2</source>
        <translation>impossible d&apos;ouvrir «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>score the suggested attributions against labelled articles (JSON or text)</source>
        <translation>évaluer les attributions suggérées sur des articles annotés (JSON ou texte)</translation>
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
        <translation>Utilisation&#xa0;: sourcelight evaluate --gold FICHIER|DOSSIER [--split all|dev|test] [--format json|text]

Calcule les attributions suggérées pour chaque article annoté d&apos;un fichier de référence (JSONL, voir
docs/gold-format.md) et affiche précision, rappel et F1 des sources par jeu de données, classe d&apos;indice
et type de source, avec les sources manquées. Avec un dossier, tous ses fichiers *.jsonl sont lus.

  --gold CHEMIN    fichier JSONL de référence, ou dossier de tels fichiers (obligatoire)
  --split JEU      seulement les articles de ce jeu de données&#xa0;: all (par défaut), dev ou test
  --format FORMAT  json (par défaut&#xa0;: un seul objet JSON) ou text (un résumé lisible)
  -h, --help       afficher cette aide
</translation>
    </message>
    <message>
        <source>no *.jsonl file in &apos;%1&apos;</source>
        <translation>aucun fichier *.jsonl dans «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>write a report or export (HTML, PDF, Markdown, CSV, JSON, W3C, ClaimReview, REFI-QDA)</source>
        <translation>écrire un rapport ou un export (HTML, PDF, Markdown, CSV, JSON, W3C, ClaimReview, REFI-QDA)</translation>
    </message>
    <message>
        <source>--project needs a file name</source>
        <translation>--project attend un nom de fichier</translation>
    </message>
    <message>
        <source>--format needs a format</source>
        <translation>--format attend un format</translation>
    </message>
    <message>
        <source>%1 needs a file name</source>
        <translation>%1 attend un nom de fichier</translation>
    </message>
    <message>
        <source>--document needs a document id</source>
        <translation>--document attend un identifiant de document</translation>
    </message>
    <message>
        <source>--filter needs a filter</source>
        <translation>--filter attend un filtre</translation>
    </message>
    <message>
        <source>--page-size needs a4 or letter</source>
        <translation>--page-size attend a4 ou letter</translation>
    </message>
    <message>
        <source>--title needs a text</source>
        <translation>--title attend un texte</translation>
    </message>
    <message>
        <source>--organisation needs a name</source>
        <translation>--organisation attend un nom</translation>
    </message>
    <message>
        <source>--organisation-url needs an address</source>
        <translation>--organisation-url attend une adresse</translation>
    </message>
    <message>
        <source>--format is required</source>
        <translation>--format est obligatoire</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;</source>
        <translation>format inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>-o is required (&apos;-&apos; for standard output)</source>
        <translation>-o est obligatoire («&#xa0;-&#xa0;» pour la sortie standard)</translation>
    </message>
    <message>
        <source>a %1 export is binary; give a file name to -o</source>
        <translation>un export %1 est binaire&#xa0;; indiquez un nom de fichier à -o</translation>
    </message>
    <message>
        <source>unknown page size &apos;%1&apos; (a4 or letter)</source>
        <translation>format de page inconnu «&#xa0;%1&#xa0;» (a4 ou letter)</translation>
    </message>
    <message>
        <source>the %1 format needs the font system; run it through the sourcelight executable</source>
        <translation>le format %1 nécessite le système de polices&#xa0;; lancez-le avec l&apos;exécutable sourcelight</translation>
    </message>
    <message>
        <source>export: %1%</source>
        <translation>export&#xa0;: %1&#xa0;%</translation>
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
        <translation>Utilisation&#xa0;: sourcelight export --project FICHIER.sourcelight --format FORMAT [OPTIONS…] -o SORTIE

Écrit le projet, ou les documents indiqués, au format FORMAT&#xa0;:
  html         rapport annoté, en un seul fichier autonome
  pdf          le même rapport, paginé (A4 ou Lettre US)
  md           le même rapport en Markdown
  csv          une ligne par affirmation (RFC 4180, UTF-8)
  json         export versionné et sans perte, réimportable dans un projet vide
  w3c          collection W3C Web Annotation (JSON-LD)
  claimreview  ClaimReview de schema.org (JSON-LD) pour chaque affirmation ayant un verdict
  qdpx         projet REFI-QDA pour QualCoder, MAXQDA, ATLAS.ti, NVivo

  --project FICHIER      le projet à exporter
  --format FORMAT        l&apos;un des formats ci-dessus
  -o, --output SORTIE    le fichier à écrire&#xa0;; «&#xa0;-&#xa0;» écrit les formats texte sur la sortie standard
  --document ID          uniquement ce document (répétable)&#xa0;; par défaut&#xa0;: tout le projet
  --all-versions         inclure les versions remplacées des articles réimportés (json le fait toujours)
  --filter F             uniquement certaines affirmations (répétable)&#xa0;: verified, anonymous,
                         source=ID ou NOM, verdict=NOM, type=NOM
  --page-size a4|letter  format de page du PDF (par défaut a4)
  --bom                  commencer un CSV par une marque d&apos;ordre des octets UTF-8
  --raw                  écrire telles quelles les cellules CSV qui commencent par =, +, - ou @ (par défaut
                         elles reçoivent une apostrophe, pour que les tableurs ne les exécutent pas comme formules)
  --title TEXTE          le titre du rapport
  --organisation NOM     l&apos;organisation de vérification (auteur ClaimReview&#xa0;; par défaut&#xa0;: celle
                         des paramètres)
  --organisation-url URL son adresse web
  --indent               indenter la sortie JSON (compacte par défaut, et bien plus rapide)
  --progress             afficher la progression sur la sortie d&apos;erreur standard
  -h, --help             afficher cette aide
</translation>
    </message>
</context>
<context>
    <name>GoldCorpus</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>not a JSON object (one article per line)</source>
        <translation>pas un objet JSON (un article par ligne)</translation>
    </message>
    <message>
        <source>an article needs an id and relations</source>
        <translation>un article doit comporter «&#xa0;id&#xa0;» et «&#xa0;relations&#xa0;»</translation>
    </message>
    <message>
        <source>relation %1 of %2 has a span outside the text or whose text does not match</source>
        <translation>la relation %1 de %2 a une étendue hors du texte ou dont le texte ne correspond pas</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>--project needs a file name</source>
        <translation>--project attend un nom de fichier</translation>
    </message>
    <message>
        <source>no files to import</source>
        <translation>aucun fichier à importer</translation>
    </message>
    <message>
        <source>import articles (.txt, .md, .html) or restore a JSON backup into a project, one JSON line per file</source>
        <translation>importer des articles (.txt, .md, .html) ou restaurer une sauvegarde JSON dans un projet, une ligne JSON par fichier</translation>
    </message>
    <message>
        <source>a backup (.json) is restored on its own: give it as the only file</source>
        <translation>une sauvegarde (.json) se restaure seule&#xa0;: donnez-la comme unique fichier</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds</source>
        <translation>--timeout attend un nombre de secondes</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 1 to 3600</source>
        <translation>--timeout doit être un nombre de secondes entre 1 et 3600</translation>
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
        <translation>Utilisation&#xa0;: sourcelight import --project FICHIER.sourcelight FICHIER|URL…
              sourcelight import --project NOUVEAU.sourcelight SAUVEGARDE.json

Importe chaque article dans le projet (créé s&apos;il n&apos;existe pas)&#xa0;: son texte, ses métadonnées,
ses phrases et les attributions suggérées. Affiche une ligne JSON par fichier avec son statut&#xa0;:
imported (importé), duplicate (le même texte s&apos;y trouve déjà), updated (nouvelle version d&apos;un
article déjà présent&#xa0;; les annotations de l&apos;analyste sont reportées) ou error (erreur). Se termine
avec le code 1 si l&apos;un des fichiers a échoué.

Une adresse http:// ou https:// est récupérée (cette page seulement, rien de ce à quoi elle renvoie&#xa0;;
au plus 5 redirections et 20&#xa0;Mo) et importée avec l&apos;adresse comme URL&#xa0;; importer de nouveau la
même adresse donne une nouvelle version si la page a changé.

Un fichier .json est une sauvegarde (un «&#xa0;sourcelight export --format json&#xa0;» complet)&#xa0;: il est restauré
en entier, avec chaque identifiant, affirmation et ligne d&apos;historique, dans un nouveau projet ou un projet
sans documents, et doit être le seul fichier donné. Un projet qui contient des documents est refusé et
laissé intact. Une ligne JSON de statut restored ou error.

  --project FICHIER     le projet dans lequel importer
  --timeout SECONDES    durée d&apos;attente maximale pour une page web (par défaut 30)
  -h, --help            afficher cette aide
</translation>
    </message>
    <message>
        <source>The server does not let you import into “%1”: only its admins may, and you are a %2 there.</source>
        <translation>Le serveur ne vous laisse pas importer dans « %1 » : seuls ses administrateurs le peuvent, et vous y êtes %2.</translation>
    </message>
</context>
<context>
    <name>JsonProjectImporter</name>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>This is not a Sourcelight JSON export: %1 (at byte %2).</source>
        <translation>Ceci n&apos;est pas un export JSON de Sourcelight&#xa0;: %1 (à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>This JSON file is not a Sourcelight project export.</source>
        <translation>Ce fichier JSON n&apos;est pas un export de projet Sourcelight.</translation>
    </message>
    <message>
        <source>This export is in format version %1; this version of Sourcelight reads up to version %2.</source>
        <translation>Cet export est au format version %1&#xa0;; cette version de Sourcelight lit jusqu&apos;à la version %2.</translation>
    </message>
    <message>
        <source>Source %1 has an unknown kind “%2”.</source>
        <comment>source: who a claim comes from</comment>
        <translation>La source %1 a un type inconnu «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Attribution %1 has an unknown origin, quote type or scope.</source>
        <translation>L&apos;attribution %1 a une origine, un type de citation ou une portée inconnus.</translation>
    </message>
    <message>
        <source>Attribution %1 has an unknown source count “%2”.</source>
        <translation>L&apos;attribution %1 a un nombre de sources inconnu «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Claim %1 has an unknown type or verdict.</source>
        <comment>claim: a reviewed statement</comment>
        <translation>L&apos;affirmation %1 a un type ou un verdict inconnu.</translation>
    </message>
    <message>
        <source>This export holds only part of a project (chosen documents or filtered claims); only a complete export, written without --document or filters, can be restored.</source>
        <translation>Cet export ne contient qu&apos;une partie d&apos;un projet (documents choisis ou affirmations filtrées)&#xa0;; seul un export complet, écrit sans --document ni filtre, peut être restauré.</translation>
    </message>
    <message numerus="yes">
        <source>The project already holds %n document(s). A backup is restored only into a project without documents: restore it into a new project file. Nothing was changed.</source>
        <translation>
            <numerusform>Le projet contient déjà %n document. Une sauvegarde ne se restaure que dans un projet sans documents&#xa0;: restaurez-la dans un nouveau fichier de projet. Rien n&apos;a été modifié.</numerusform>
            <numerusform>Le projet contient déjà %n documents. Une sauvegarde ne se restaure que dans un projet sans documents&#xa0;: restaurez-la dans un nouveau fichier de projet. Rien n&apos;a été modifié.</numerusform>
        </translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was changed.</source>
        <translation>La restauration a été annulée&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>The backup holds the reviewers&apos; own codings of %n document(s), and who marked them done; a project file cannot hold independent review, so they were left out. Restore the backup into a team project on a server to keep them.</source>
        <translation>
            <numerusform>La sauvegarde contient les codages propres des relecteurs pour %n document, et qui l’a marqué terminé ; un fichier de projet ne peut pas contenir de revue indépendante, ils ont donc été laissés de côté. Restaurez la sauvegarde dans un projet d’équipe sur un serveur pour les garder.</numerusform>
            <numerusform>La sauvegarde contient les codages propres des relecteurs pour %n documents, et qui les a marqués terminés ; un fichier de projet ne peut pas contenir de revue indépendante, ils ont donc été laissés de côté. Restaurez la sauvegarde dans un projet d’équipe sur un serveur pour les garder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewer %1 has an unknown part “%2”.</source>
        <translation>Le relecteur %1 a un rôle inconnu « %2 ».</translation>
    </message>
    <message>
        <source>The backup has an unknown review mode “%1”.</source>
        <translation>La sauvegarde a un mode de revue inconnu « %1 ».</translation>
    </message>
</context>
<context>
    <name>OfflineJournal</name>
    <message>
        <source>“%1”, of edits from an earlier session, is in the way.</source>
        <translation>« %1 », qui contient des modifications d’une session précédente, bloque l’écriture.</translation>
    </message>
    <message>
        <source>The file “%1” of edits sent already could not be removed.</source>
        <translation>Le fichier « %1 » des modifications déjà envoyées n’a pas pu être supprimé.</translation>
    </message>
    <message>
        <source>The folder “%1” could not be made.</source>
        <translation>Le dossier « %1 » n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>« %1 » n’a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>The edits kept on this computer from an earlier session could not be read from “%1”: %2</source>
        <translation>Les modifications conservées sur cet ordinateur depuis une session précédente n’ont pas pu être lues dans « %1 » : %2</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>le fichier est endommagé</translation>
    </message>
    <message>
        <source>they were made on a project that was at this address before, not on this one</source>
        <translation>elles ont été faites sur un projet qui se trouvait auparavant à cette adresse, pas sur celui-ci</translation>
    </message>
    <message>
        <source>The edits kept on this computer from an earlier session were not sent: %1. The file is kept as “%2”.</source>
        <translation>Les modifications conservées sur cet ordinateur depuis une session précédente n’ont pas été envoyées : %1. Le fichier est conservé sous « %2 ».</translation>
    </message>
    <message>
        <source>The edits kept on this computer from an earlier session were not sent: %1. The file “%2” could not be renamed; it is left as it is.</source>
        <translation>Les modifications conservées sur cet ordinateur depuis une session précédente n’ont pas été envoyées : %1. Le fichier « %2 » n’a pas pu être renommé ; il est laissé tel quel.</translation>
    </message>
    <message>
        <source>another Sourcelight window of this login has the project open and keeps its own edits there.</source>
        <translation>une autre fenêtre Sourcelight de cet identifiant a le projet ouvert et y conserve ses propres modifications.</translation>
    </message>
</context>
<context>
    <name>ProjectImporter</name>
    <message>
        <source>There is no text to import.</source>
        <translation>Il n&apos;y a aucun texte à importer.</translation>
    </message>
    <message>
        <source>The same text is already in the project (document %1).</source>
        <translation>Le même texte figure déjà dans le projet (document %1).</translation>
    </message>
    <message numerus="yes">
        <source>New version of document %1; %n annotation(s) carried over</source>
        <translation>
            <numerusform>Nouvelle version du document %1&#xa0;; %n annotation reportée</numerusform>
            <numerusform>Nouvelle version du document %1&#xa0;; %n annotations reportées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) could not be placed and stay on the old version: %1</source>
        <translation>
            <numerusform>%n annotation n&apos;a pas pu être replacée et reste sur l&apos;ancienne version&#xa0;: %1</numerusform>
            <numerusform>%n annotations n&apos;ont pas pu être replacées et restent sur l&apos;ancienne version&#xa0;: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectStats</name>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Phrases</translation>
    </message>
    <message>
        <source>Attributed sentences</source>
        <translation>Phrases attribuées</translation>
    </message>
    <message>
        <source>Reviewed sentences</source>
        <translation>Phrases relues</translation>
    </message>
    <message>
        <source>Claims</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Affirmations</translation>
    </message>
    <message>
        <source>Claims resting on anonymous sources</source>
        <translation>Affirmations reposant sur des sources anonymes</translation>
    </message>
    <message>
        <source>Per verdict</source>
        <comment>verdict: the finding about a claim</comment>
        <translation>Par verdict</translation>
    </message>
    <message>
        <source>Per source</source>
        <comment>source: who a claim comes from</comment>
        <translation>Par source</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>source: who a claim comes from</comment>
        <translation>Source</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>PublishCommand</name>
    <message>
        <source>upload a project file to a PostgreSQL server for team review</source>
        <translation>téléverser un fichier de projet sur un serveur PostgreSQL pour la relecture en équipe</translation>
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
        <translation>Utilisation : sourcelight publish --project FICHIER.sourcelight --to postgresql://UTILISATEUR@HÔTE/BASE

Copie un fichier de projet en entier (chaque document et version, sources, affirmations, étiquettes,
historique) dans une base vide d’un serveur PostgreSQL, où l’équipe l’ouvre ensuite par son adresse. La
base doit exister et ne contenir aucun projet avec des documents ; le fichier est seulement lu. Affiche
une ligne JSON.

  --project FICHIER  le fichier de projet à publier
  --to ADRESSE       le projet sur le serveur (mot de passe tiré de ~/.pgpass ou PGPASSWORD)
  -h, --help         afficher cette aide
</translation>
    </message>
</context>
<context>
    <name>RemoveDocumentCommand</name>
    <message>
        <source>The document could not be put back: %1</source>
        <translation>Le document n&apos;a pas pu être rétabli&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>There is no document %1 in the project.</source>
        <translation>Le projet ne contient pas de document %1.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L&apos;export a été annulé.</translation>
    </message>
</context>
<context>
    <name>ReportFilterParser</name>
    <message>
        <source>there is no source &apos;%1&apos; in the project</source>
        <comment>source: who a claim comes from</comment>
        <translation>le projet ne contient pas de source «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown filter &apos;%1&apos;</source>
        <translation>filtre inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>HTML report</source>
        <translation>Rapport HTML</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>Rapport PDF</translation>
    </message>
    <message>
        <source>Markdown report</source>
        <translation>Rapport Markdown</translation>
    </message>
    <message>
        <source>CSV table of claims</source>
        <translation>Tableau CSV des affirmations</translation>
    </message>
    <message>
        <source>Sourcelight JSON (lossless, re-importable)</source>
        <translation>JSON Sourcelight (sans perte, réimportable)</translation>
    </message>
    <message>
        <source>W3C Web Annotations (JSON-LD)</source>
        <translation>Annotations Web du W3C (JSON-LD)</translation>
    </message>
    <message>
        <source>schema.org ClaimReview (JSON-LD)</source>
        <translation>ClaimReview de schema.org (JSON-LD)</translation>
    </message>
    <message>
        <source>REFI-QDA project (.qdpx)</source>
        <translation>Projet REFI-QDA (.qdpx)</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>suggested</source>
        <comment>attribution origin</comment>
        <translation>suggérée</translation>
    </message>
    <message>
        <source>confirmed</source>
        <comment>attribution origin</comment>
        <translation>confirmée</translation>
    </message>
    <message>
        <source>edited</source>
        <comment>attribution origin</comment>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>source %1</source>
        <comment>source: who a claim comes from</comment>
        <translation>source %1</translation>
    </message>
    <message>
        <source>Author (the article&apos;s own voice)</source>
        <translation>Auteur (voix propre de l&apos;article)</translation>
    </message>
    <message>
        <source>Source review: %1</source>
        <translation>Vérification des sources&#xa0;: %1</translation>
    </message>
    <message>
        <source>project</source>
        <translation>projet</translation>
    </message>
    <message numerus="yes">
        <source>whole project (%n document(s))</source>
        <translation>
            <numerusform>projet entier (%n document)</numerusform>
            <numerusform>projet entier (%n documents)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected document(s)</source>
        <translation>
            <numerusform>%n document sélectionné</numerusform>
            <numerusform>%n documents sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>only verified claims</source>
        <comment>claim: a reviewed statement</comment>
        <translation>uniquement les affirmations vérifiées</translation>
    </message>
    <message>
        <source>only claims resting on anonymous sources</source>
        <comment>claim: a reviewed statement</comment>
        <translation>uniquement les affirmations reposant sur des sources anonymes</translation>
    </message>
    <message>
        <source>source: %1</source>
        <comment>source: who a claim comes from</comment>
        <translation>source&#xa0;: %1</translation>
    </message>
    <message>
        <source>verdict: %1</source>
        <translation>verdict&#xa0;: %1</translation>
    </message>
    <message>
        <source>claim type: %1</source>
        <comment>claim: a reviewed statement</comment>
        <translation>type d&apos;affirmation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Sentences per source</source>
        <comment>source: who a claim comes from</comment>
        <translation>Phrases par source</translation>
    </message>
    <message>
        <source>Claims by verdict</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Affirmations par verdict</translation>
    </message>
    <message>
        <source>Attributions</source>
        <translation>Attributions</translation>
    </message>
    <message>
        <source>Claims</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Affirmations</translation>
    </message>
    <message>
        <source>Sources</source>
        <comment>source: who a claim comes from</comment>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Phrases</translation>
    </message>
    <message>
        <source>Sentences resting on a source</source>
        <comment>source: who a claim comes from</comment>
        <translation>Phrases reposant sur une source</translation>
    </message>
    <message>
        <source>Attributions confirmed by an analyst</source>
        <translation>Attributions confirmées par un analyste</translation>
    </message>
    <message>
        <source>Claims resting on anonymous sources</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Affirmations reposant sur des sources anonymes</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>source: who a claim comes from</comment>
        <translation>Source</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Indice</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Claim</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Relecteur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Also called</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Untitled document %1</source>
        <translation>Document sans titre %1</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Preuve&#xa0;:</translation>
    </message>
    <message>
        <source>Agreement between reviewers</source>
        <translation>Accord entre relecteurs</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s α</source>
        <translation>α de Krippendorff</translation>
    </message>
    <message>
        <source>Sentences coded twice or more</source>
        <translation>Phrases codées deux fois ou plus</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Relecteurs</translation>
    </message>
    <message>
        <source>Per pair: agreement, Cohen&apos;s κ</source>
        <translation>Par paire : accord, κ de Cohen</translation>
    </message>
    <message>
        <source>%1–%2: %3 %, κ %4</source>
        <translation>%1–%2 : %3 %, κ %4</translation>
    </message>
    <message>
        <source>Independent codings by %1. Each sentence is a unit; a reviewer&apos;s value is their own decision, or the suggestion they let stand once they marked the document done. α is Krippendorff&apos;s alpha for nominal data (1: perfect agreement, 0: chance); — where it is undefined (too few values, or no variation).</source>
        <translation>Codages indépendants de %1. Chaque phrase est une unité ; la valeur d&apos;un relecteur est sa propre décision, ou la suggestion qu&apos;il a laissée en place une fois le document marqué terminé. α est l&apos;alpha de Krippendorff pour des données nominales (1 : accord parfait, 0 : hasard) ; — là où il n&apos;est pas défini (trop peu de valeurs, ou aucune variation).</translation>
    </message>
    <message>
        <source>Tag “%1”</source>
        <translation>Étiquette « %1 »</translation>
    </message>
    <message>
        <source>Anonymity</source>
        <translation>Anonymat</translation>
    </message>
    <message>
        <source>Quote type</source>
        <translation>Type de citation</translation>
    </message>
    <message>
        <source>Claim type</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Type d&apos;affirmation</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>L&apos;export a été annulé.</translation>
    </message>
    <message>
        <source>Cannot write the report: %1</source>
        <translation>Impossible d&apos;écrire le rapport&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>The upgrade of the project to version %1 is missing from this build.</source>
        <translation>La mise à niveau du projet vers la version %1 est absente de cette version du programme.</translation>
    </message>
    <message>
        <source>Could not upgrade the project to version %1 (%2): %3</source>
        <translation>Impossible de mettre à niveau le projet vers la version %1 (%2)&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>SentenceBoundaries</name>
    <message>
        <source>There is no document %1.</source>
        <translation>Il n&apos;existe aucun document %1.</translation>
    </message>
    <message>
        <source>A sentence cannot be split at its edge: place the cursor between two of its words.</source>
        <translation>Une phrase ne peut pas être coupée à sa limite&#xa0;: placez le curseur entre deux de ses mots.</translation>
    </message>
    <message>
        <source>The claimed words cross that point: split the sentence elsewhere.</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Les mots de l&apos;affirmation passent par ce point&#xa0;: coupez la phrase ailleurs.</translation>
    </message>
    <message>
        <source>This is the last sentence of the article: there is no next sentence to merge it with.</source>
        <translation>C&apos;est la dernière phrase de l&apos;article&#xa0;: il n&apos;y a pas de phrase suivante avec laquelle la fusionner.</translation>
    </message>
    <message>
        <source>The sentences have changed since; their boundaries cannot be put back.</source>
        <translation>Les phrases ont changé depuis&#xa0;; leurs limites ne peuvent pas être rétablies.</translation>
    </message>
    <message>
        <source>Sentence %1 cannot be put back: its id has been taken since.</source>
        <translation>La phrase %1 ne peut pas être rétablie&#xa0;: son identifiant a été pris depuis.</translation>
    </message>
    <message>
        <source>The sentence was split or merged by someone else meanwhile; look at it again.</source>
        <translation>La phrase a été scindée ou fusionnée entre-temps par quelqu’un d’autre ; regardez-la à nouveau.</translation>
    </message>
    <message>
        <source>Reviewers have coded this sentence on their own: its boundaries stay as they coded it (a split or a merge would leave their codings on other words, or drop them). Split and merge sentences before independent coding begins.</source>
        <translation>Des relecteurs ont codé cette phrase chacun de leur côté : ses limites restent telles qu’ils l’ont codée (une division ou une fusion laisserait leurs codages sur d’autres mots, ou les supprimerait). Divisez et fusionnez les phrases avant que le codage indépendant ne commence.</translation>
    </message>
</context>
<context>
    <name>SentenceBoundaryCommand</name>
    <message>
        <source>The sentence boundaries could not be put back: %1</source>
        <translation>Les limites des phrases n&apos;ont pas pu être rétablies&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>“%1” is not a PostgreSQL address (postgresql://user@host:port/database).</source>
        <translation>« %1 » n’est pas une adresse PostgreSQL (postgresql://utilisateur@hôte:port/base).</translation>
    </message>
    <message>
        <source>“%1” is not a valid PostgreSQL address: %2</source>
        <translation>« %1 » n’est pas une adresse PostgreSQL valide : %2</translation>
    </message>
    <message>
        <source>The address “%1” names no database: write it as postgresql://host/database.</source>
        <translation>L’adresse « %1 » ne nomme aucune base : écrivez-la postgresql://hôte/base.</translation>
    </message>
    <message>
        <source>The address “%1” has a port that is not a number.</source>
        <translation>L’adresse « %1 » a un port qui n’est pas un nombre.</translation>
    </message>
    <message>
        <source>The option “%1” of the address “%2” holds a character Sourcelight cannot pass on.</source>
        <translation>L’option « %1 » de l’adresse « %2 » contient un caractère que Sourcelight ne peut pas transmettre.</translation>
    </message>
    <message>
        <source>The address “%1” has an option Sourcelight does not know: “%2”.</source>
        <translation>L’adresse « %1 » a une option que Sourcelight ne connaît pas : « %2 ».</translation>
    </message>
</context>
<context>
    <name>SourceTable</name>
    <message>
        <source>A source needs a name.</source>
        <comment>source: who a claim comes from</comment>
        <translation>Une source doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is already a source called “%1”.</source>
        <comment>source: who a claim comes from</comment>
        <translation>Il existe déjà une source nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A source cannot be affiliated with itself or one of its own affiliates.</source>
        <comment>source: who a claim comes from</comment>
        <translation>Une source ne peut être affiliée ni à elle-même ni à l&apos;une de ses propres affiliées.</translation>
    </message>
    <message>
        <source>“%1” is still cited by attributions; merge it into another source instead.</source>
        <comment>source: who a claim comes from</comment>
        <translation>«&#xa0;%1&#xa0;» est encore citée par des attributions&#xa0;; fusionnez-la plutôt dans une autre source.</translation>
    </message>
    <message>
        <source>There is no source %1.</source>
        <comment>source: who a claim comes from</comment>
        <translation>La source %1 n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>Sourcelight::AboutDialog</name>
    <message>
        <source>About Sourcelight</source>
        <translation>À propos de Sourcelight</translation>
    </message>
    <message>
        <source>Source-attributed claim review: who said what, through whom.</source>
        <translation>Vérification d&apos;affirmations attribuées à leurs sources&#xa0;: qui a dit quoi, par l&apos;intermédiaire de qui.</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)
KDE Frameworks SyntaxHighlighting %3</source>
        <translation>Qt %1 (compilé avec %2)
KDE Frameworks SyntaxHighlighting %3</translation>
    </message>
</context>
<context>
    <name>Sourcelight::AdjudicationDialog</name>
    <message>
        <source>Adjudicate Disagreements</source>
        <translation>Arbitrer les désaccords</translation>
    </message>
    <message>
        <source>&amp;Go to Sentence</source>
        <translation>&amp;Aller à la phrase</translation>
    </message>
    <message>
        <source>Use %1&apos;s (%2)</source>
        <translation>Retenir %1 (%2)</translation>
    </message>
    <message>
        <source>The reviewers agree on every sentence of this document they coded.</source>
        <translation>Les relecteurs sont d&apos;accord sur chaque phrase de ce document qu&apos;ils ont codée.</translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s) of this document where the reviewers disagree. Pick a row, then whose decision is to be the final one.</source>
        <translation>
            <numerusform>%n phrase de ce document sur laquelle les relecteurs divergent. Choisissez une ligne, puis la décision à retenir comme finale.</numerusform>
            <numerusform>%n phrases de ce document sur lesquelles les relecteurs divergent. Choisissez une ligne, puis la décision à retenir comme finale.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sourcelight::AdjudicationModel</name>
    <message>
        <source>%1 did not code this sentence.</source>
        <translation>%1 n&apos;a pas codé cette phrase.</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Phrase</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>[suggested]</source>
        <translation>[suggéré]</translation>
    </message>
    <message>
        <source>no claim</source>
        <translation>aucune affirmation</translation>
    </message>
</context>
<context>
    <name>Sourcelight::ArticleDetailsDialog</name>
    <message>
        <source>New Article</source>
        <translation>Nouvel article</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Date published</source>
        <translation>Date de publication</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>e.g. 2024-05-17</source>
        <translation>p. ex. 2024-05-17</translation>
    </message>
    <message>
        <source>Beginning of the article</source>
        <translation>Début de l&apos;article</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Média&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
</context>
<context>
    <name>Sourcelight::ArticleFetcher</name>
    <message>
        <source>The address gives “%1”, not a web page or text; only HTML and text can be imported.</source>
        <translation>L&apos;adresse renvoie «&#xa0;%1&#xa0;», ni une page web ni du texte&#xa0;; seuls le HTML et le texte peuvent être importés.</translation>
    </message>
    <message>
        <source>The page is larger than %1 MB, more than can be imported.</source>
        <translation>La page dépasse %1&#xa0;Mo, plus qu&apos;on ne peut importer.</translation>
    </message>
    <message numerus="yes">
        <source>The server did not send the page within %n second(s).</source>
        <translation>
            <numerusform>Le serveur n&apos;a pas envoyé la page en %n seconde.</numerusform>
            <numerusform>Le serveur n&apos;a pas envoyé la page en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the address of a web page.</source>
        <translation>Saisissez l&apos;adresse d&apos;une page web.</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse web.</translation>
    </message>
    <message>
        <source>Only http and https addresses can be imported, not “%1”.</source>
        <translation>Seules les adresses http et https peuvent être importées, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>L&apos;importation a été annulée.</translation>
    </message>
    <message>
        <source>The server sent an empty page.</source>
        <translation>Le serveur a envoyé une page vide.</translation>
    </message>
    <message>
        <source>The page “%1” was not found (HTTP %2).</source>
        <translation>La page «&#xa0;%1&#xa0;» est introuvable (HTTP %2).</translation>
    </message>
    <message>
        <source>The server refused access to the page “%1” (HTTP %2).</source>
        <translation>Le serveur a refusé l&apos;accès à la page «&#xa0;%1&#xa0;» (HTTP %2).</translation>
    </message>
    <message>
        <source>The server answered “%1” with an error (HTTP %2 %3).</source>
        <translation>Le serveur a répondu à «&#xa0;%1&#xa0;» par une erreur (HTTP %2 %3).</translation>
    </message>
    <message>
        <source>The server “%1” was not found: check the address and the network connection.</source>
        <translation>Le serveur «&#xa0;%1&#xa0;» est introuvable&#xa0;: vérifiez l&apos;adresse et la connexion réseau.</translation>
    </message>
    <message>
        <source>The server “%1” refused the connection.</source>
        <translation>Le serveur «&#xa0;%1&#xa0;» a refusé la connexion.</translation>
    </message>
    <message>
        <source>The server “%1” closed the connection before sending the page.</source>
        <translation>Le serveur «&#xa0;%1&#xa0;» a fermé la connexion avant d&apos;envoyer la page.</translation>
    </message>
    <message>
        <source>The server “%1” did not answer in time.</source>
        <translation>Le serveur «&#xa0;%1&#xa0;» n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>No secure (TLS) connection could be made to “%1”: %2</source>
        <translation>Impossible d&apos;établir une connexion sécurisée (TLS) avec «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>The page redirects too often (more than %n time(s)).</source>
        <translation>
            <numerusform>La page redirige trop souvent (plus de %n fois).</numerusform>
            <numerusform>La page redirige trop souvent (plus de %n fois).</numerusform>
        </translation>
    </message>
    <message>
        <source>The page redirects from a secure (https) address to an insecure one; the redirect was not followed.</source>
        <translation>La page redirige d&apos;une adresse sécurisée (https) vers une adresse non sécurisée&#xa0;; la redirection n&apos;a pas été suivie.</translation>
    </message>
    <message>
        <source>Only http and https addresses can be imported.</source>
        <translation>Seules les adresses http et https peuvent être importées.</translation>
    </message>
    <message>
        <source>The page “%1” could not be fetched: %2</source>
        <translation>La page «&#xa0;%1&#xa0;» n&apos;a pas pu être récupérée&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Sourcelight::ArticleIntake</name>
    <message>
        <source>New Article from &amp;Clipboard…</source>
        <translation>Nouvel article depuis le &amp;presse-papiers…</translation>
    </message>
    <message>
        <source>Import from &amp;URL…</source>
        <translation>Importer depuis une &amp;URL…</translation>
    </message>
    <message>
        <source>Open a writable project before importing.</source>
        <translation>Ouvrez un projet accessible en écriture avant d&apos;importer.</translation>
    </message>
    <message>
        <source>The clipboard holds no text to import: copy the article in the browser first.</source>
        <translation>Le presse-papiers ne contient aucun texte à importer&#xa0;: copiez d&apos;abord l&apos;article dans le navigateur.</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Presse-papiers</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>Récupération de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled.</source>
        <translation>L&apos;importation de %1 a été annulée.</translation>
    </message>
    <message>
        <source>%1 could not be imported: %2</source>
        <translation>%1 n&apos;a pas pu être importé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation>Importation de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message numerus="yes">
        <source>Imported “%1” (%n sentence(s)).</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» importé (%n phrase).</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» importé (%n phrases).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sourcelight::AttributionEditor</name>
    <message>
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <comment>who a claim comes from</comment>
        <translation>&amp;Source&#xa0;:</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>who a claim comes from</comment>
        <translation>Source</translation>
    </message>
    <message>
        <source>Type a name or alias…</source>
        <translation>Saisissez un nom ou un alias…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nouvelle…</translation>
    </message>
    <message>
        <source>New source…</source>
        <comment>who a claim comes from</comment>
        <translation>Nouvelle source…</translation>
    </message>
    <message>
        <source>New source</source>
        <comment>who a claim comes from</comment>
        <translation>Nouvelle source</translation>
    </message>
    <message>
        <source>&amp;Via:</source>
        <translation>&amp;Via&#xa0;:</translation>
    </message>
    <message>
        <source>Via chain, nearest to the reader first</source>
        <translation>Chaîne «&#xa0;via&#xa0;», de l&apos;intermédiaire le plus proche du lecteur au plus éloigné</translation>
    </message>
    <message>
        <source>Add a conduit</source>
        <translation>Ajouter un intermédiaire</translation>
    </message>
    <message>
        <source>Add an outlet or person…</source>
        <translation>Ajouter un média ou une personne…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add conduit</source>
        <translation>Ajouter l&apos;intermédiaire</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove conduit</source>
        <translation>Retirer l&apos;intermédiaire</translation>
    </message>
    <message>
        <source>Move conduit up</source>
        <translation>Monter l&apos;intermédiaire</translation>
    </message>
    <message>
        <source>Move conduit down</source>
        <translation>Descendre l&apos;intermédiaire</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <source>On the record</source>
        <translation>À titre officiel</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>No&amp;mbre&#xa0;:</translation>
    </message>
    <message>
        <source>How many speakers</source>
        <translation>Nombre de locuteurs</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itre&#xa0;:</translation>
    </message>
    <message>
        <source>Title or role of the source</source>
        <comment>who a claim comes from</comment>
        <translation>Titre ou fonction de la source</translation>
    </message>
    <message>
        <source>e.g. National Security Council spokesman</source>
        <translation>p. ex. porte-parole du Conseil de sécurité nationale</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>&amp;Citation&#xa0;:</translation>
    </message>
    <message>
        <source>Quote type</source>
        <translation>Type de citation</translation>
    </message>
    <message>
        <source>No suggestion</source>
        <translation>Aucune suggestion</translation>
    </message>
</context>
<context>
    <name>Sourcelight::AttributionPanel</name>
    <message>
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <source>No sentence selected. Click a sentence, or press J and K to move through them.</source>
        <translation>Aucune phrase sélectionnée. Cliquez sur une phrase, ou appuyez sur J et K pour passer de l&apos;une à l&apos;autre.</translation>
    </message>
</context>
<context>
    <name>Sourcelight::AttributionSuggester</name>
    <message>
        <source> (pronoun with no earlier source)</source>
        <translation> (pronom sans source antérieure)</translation>
    </message>
    <message>
        <source>, via %1</source>
        <translation>, via %1</translation>
    </message>
    <message>
        <source>, off the record</source>
        <translation>, à titre officieux</translation>
    </message>
    <message>
        <source>attributed by a later sentence: &apos;%1&apos;</source>
        <translation>attribuée par une phrase suivante&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>impersonal cue &apos;%1&apos; continues %2</source>
        <translation>l&apos;indice impersonnel «&#xa0;%1&#xa0;» poursuit l&apos;attribution à %2</translation>
    </message>
    <message>
        <source>impersonal cue &apos;%1&apos; with no source named earlier</source>
        <translation>indice impersonnel «&#xa0;%1&#xa0;» sans source nommée auparavant</translation>
    </message>
    <message>
        <source>headline or subheading: the article&apos;s own voice</source>
        <translation>titre ou intertitre&#xa0;: voix propre de l&apos;article</translation>
    </message>
    <message>
        <source>continues the quotation of %1</source>
        <translation>poursuit la citation de %1</translation>
    </message>
    <message>
        <source>quotation following one by %1</source>
        <translation>citation qui fait suite à une citation de %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; continues %2</source>
        <translation>«&#xa0;%1&#xa0;» poursuit l&apos;attribution à %2</translation>
    </message>
    <message>
        <source>hedged claim in a paragraph attributed to %1</source>
        <translation>affirmation au conditionnel dans un paragraphe attribué à %1</translation>
    </message>
    <message>
        <source>no attribution cue: the article&apos;s own voice</source>
        <translation>aucun indice d&apos;attribution&#xa0;: voix propre de l&apos;article</translation>
    </message>
    <message>
        <source>cue &apos;%1&apos; before &apos;%2&apos;</source>
        <translation>indice «&#xa0;%1&#xa0;» avant «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>cue &apos;%1&apos; after &apos;%2&apos;</source>
        <translation>indice «&#xa0;%1&#xa0;» après «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>stance cue &apos;%1&apos; before &apos;%2&apos;</source>
        <translation>indice de prise de position «&#xa0;%1&#xa0;» avant «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>stance cue &apos;%1&apos; after &apos;%2&apos;</source>
        <translation>indice de prise de position «&#xa0;%1&#xa0;» après «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>belief cue &apos;%1&apos; before &apos;%2&apos;</source>
        <translation>indice de croyance «&#xa0;%1&#xa0;» avant «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>belief cue &apos;%1&apos; after &apos;%2&apos;</source>
        <translation>indice de croyance «&#xa0;%1&#xa0;» après «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>evidence cue &apos;%1&apos; before &apos;%2&apos;</source>
        <translation>indice de preuve «&#xa0;%1&#xa0;» avant «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>evidence cue &apos;%1&apos; after &apos;%2&apos;</source>
        <translation>indice de preuve «&#xa0;%1&#xa0;» après «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>attribution noun &apos;%1&apos; before &apos;%2&apos;</source>
        <translation>nom d&apos;attribution «&#xa0;%1&#xa0;» avant «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>attribution noun &apos;%1&apos; after &apos;%2&apos;</source>
        <translation>nom d&apos;attribution «&#xa0;%1&#xa0;» après «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>colon &apos;%1&apos; after &apos;%2&apos; introduces a quotation</source>
        <translation>les deux-points «&#xa0;%1&#xa0;» après «&#xa0;%2&#xa0;» introduisent une citation</translation>
    </message>
</context>
<context>
    <name>Sourcelight::ClaimEditor</name>
    <message>
        <source>Claim</source>
        <comment>the reviewed statement</comment>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <comment>claim type</comment>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Claim type</source>
        <translation>Type d&apos;affirmation</translation>
    </message>
    <message>
        <source>&amp;Verdict:</source>
        <translation>V&amp;erdict&#xa0;:</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>C&amp;onfidence:</source>
        <translation>C&amp;onfiance&#xa0;:</translation>
    </message>
    <message>
        <source>Confidence in the verdict</source>
        <translation>Confiance dans le verdict</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non définie</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Étiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>What you checked, what is missing…</source>
        <translation>Ce que vous avez vérifié, ce qui manque…</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Preuves&#xa0;:</translation>
    </message>
    <message>
        <source>Evidence links</source>
        <translation>Liens de preuve</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Add evidence link</source>
        <translation>Ajouter un lien de preuve</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove evidence link</source>
        <translation>Retirer le lien de preuve</translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>Étiquette %1</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Pas encore relue</translation>
    </message>
    <message>
        <source>Last changed %1 by %2</source>
        <translation>Dernière modification le %1 par %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Words:</source>
        <comment>the words a claim is about</comment>
        <translation>Mots&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Sourcelight::ClaimReviewWriter</name>
    <message>
        <source>Unnamed fact-checking organisation</source>
        <translation>Organisation de vérification des faits sans nom</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>Sourcelight::ClaimTableModel</name>
    <message>
        <source>(author)</source>
        <translation>(auteur)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Claim</source>
        <comment>the reviewed statement</comment>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>who a claim comes from</comment>
        <translation>Source</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Indice</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>claim type</comment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Relecteur</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiée le</translation>
    </message>
</context>
<context>
    <name>Sourcelight::ClaimsDock</name>
    <message>
        <source>Claims</source>
        <comment>reviewed statements</comment>
        <translation>Affirmations</translation>
    </message>
    <message>
        <source>Filter claims</source>
        <translation>Filtrer les affirmations</translation>
    </message>
    <message>
        <source>Filter claims by text or note…</source>
        <translation>Filtrer les affirmations par texte ou par note…</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>Tous les verdicts</translation>
    </message>
    <message>
        <source>Filter by verdict</source>
        <translation>Filtrer par verdict</translation>
    </message>
    <message>
        <source>Any type</source>
        <comment>claim type</comment>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Filter by claim type</source>
        <translation>Filtrer par type d&apos;affirmation</translation>
    </message>
    <message>
        <source>Any kind of source</source>
        <comment>who a claim comes from</comment>
        <translation>Tous les types de source</translation>
    </message>
    <message>
        <source>Filter by kind of source</source>
        <comment>who a claim comes from</comment>
        <translation>Filtrer par type de source</translation>
    </message>
    <message>
        <source>Named or anonymous</source>
        <translation>Nommées ou anonymes</translation>
    </message>
    <message>
        <source>Anonymous sources only</source>
        <translation>Sources anonymes uniquement</translation>
    </message>
    <message>
        <source>Named sources only</source>
        <translation>Sources nommées uniquement</translation>
    </message>
    <message>
        <source>Filter by anonymity</source>
        <translation>Filtrer par anonymat</translation>
    </message>
    <message>
        <source>Any reviewer</source>
        <translation>Tous les relecteurs</translation>
    </message>
    <message>
        <source>Filter by reviewer</source>
        <translation>Filtrer par relecteur</translation>
    </message>
</context>
<context>
    <name>Sourcelight::DocumentListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>%1
%2 · %3
%4 of %5 sentences reviewed</source>
        <translation>%1
%2 · %3
%4 phrases relues sur %5</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié le</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Phrases</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Relues</translation>
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
        <translation>Enregistrée sous la forme «&#xa0;%1&#xa0;»&#xa0;; elle est conservée tant que vous ne choisissez pas de date.</translation>
    </message>
    <message>
        <source>Article Details</source>
        <translation>Détails de l&apos;article</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Média&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>Adresse &amp;web&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>&amp;Publié le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Unknown</source>
        <comment>publication date</comment>
        <translation>&amp;Inconnue</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Give an address starting with http:// or https://, or leave it empty.</source>
        <translation>Indiquez une adresse commençant par http:// ou https://, ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>The sentences and suggestions stay as they were found; the new language is stored with the article and used by exports.</source>
        <translation>Les phrases et les suggestions restent telles qu&apos;elles ont été trouvées&#xa0;; la nouvelle langue est enregistrée avec l&apos;article et utilisée par les exports.</translation>
    </message>
    <message>
        <source>Not known</source>
        <comment>language</comment>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russe</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainien</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>Date de publication</translation>
    </message>
    <message>
        <source>Article language</source>
        <translation>Langue de l&apos;article</translation>
    </message>
</context>
<context>
    <name>Sourcelight::DocumentPane</name>
    <message>
        <source>&amp;Find in the Article…</source>
        <translation>Rec&amp;hercher dans l&apos;article…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Occurrence sui&amp;vante</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Occurrence pré&amp;cédente</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <comment>what the marks in the document pane mean</comment>
        <translation>&amp;Légende</translation>
    </message>
</context>
<context>
    <name>Sourcelight::DocumentView</name>
    <message>
        <source>Article text</source>
        <translation>Texte de l&apos;article</translation>
    </message>
    <message>
        <source>No article is open. Import one from the File menu or pick one in the Library.</source>
        <translation>Aucun article n&apos;est ouvert. Importez-en un depuis le menu Fichier ou choisissez-en un dans la Bibliothèque.</translation>
    </message>
</context>
<context>
    <name>Sourcelight::DurableSync</name>
    <message>
        <source>“%1” could not be written to the disk: %2</source>
        <translation>« %1 » n’a pas pu être écrit sur le disque : %2</translation>
    </message>
</context>
<context>
    <name>Sourcelight::EditConflictPrompt</name>
    <message>
        <source>Changed Meanwhile</source>
        <translation>Modifié entre-temps</translation>
    </message>
    <message>
        <source>Someone else changed this while your edit “%1” was on its way. Yours was not saved yet.</source>
        <translation>Quelqu’un d’autre a modifié ceci pendant que votre modification « %1 » était en route. La vôtre n’est pas encore enregistrée.</translation>
    </message>
    <message>
        <source>Sentence %1: %2</source>
        <translation>Phrase %1 : %2</translation>
    </message>
    <message>
        <source>Theirs: %1

Yours: %2</source>
        <translation>La leur : %1

La vôtre : %2</translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation>Garder la &amp;leur</translation>
    </message>
    <message>
        <source>Save &amp;Mine</source>
        <translation>Enregistrer la &amp;mienne</translation>
    </message>
</context>
<context>
    <name>Sourcelight::EvidenceDialog</name>
    <message>
        <source>Add Evidence</source>
        <translation>Ajouter une preuve</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>“%1” is not a web address (http or https).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse web (http ou https).</translation>
    </message>
</context>
<context>
    <name>Sourcelight::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>&amp;Current document</source>
        <translation>Document &amp;courant</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Selected documents (%n)</source>
        <translation>
            <numerusform>Document sé&amp;lectionné (%n)</numerusform>
            <numerusform>Documents sé&amp;lectionnés (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Whole project</source>
        <translation>&amp;Projet entier</translation>
    </message>
    <message>
        <source>Claims</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Affirmations</translation>
    </message>
    <message>
        <source>Only &amp;verified claims</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Uniquement les affirmations &amp;vérifiées</translation>
    </message>
    <message>
        <source>Only claims resting on &amp;anonymous sources</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Uniquement les affirmations reposant sur des sources &amp;anonymes</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>source: who a claim comes from</comment>
        <translation>Source</translation>
    </message>
    <message>
        <source>Any source</source>
        <comment>source: who a claim comes from</comment>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Any verdict</source>
        <translation>Tous les verdicts</translation>
    </message>
    <message>
        <source>Claim type</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Type d&apos;affirmation</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <comment>source: who a claim comes from</comment>
        <translation>&amp;Source&#xa0;:</translation>
    </message>
    <message>
        <source>V&amp;erdict:</source>
        <translation>Ver&amp;dict&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Format de page</translation>
    </message>
    <message>
        <source>Byte order mark (for spreadsheet programs)</source>
        <translation>Marque d&apos;ordre des octets (pour les tableurs)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Page si&amp;ze:</source>
        <translation>Format de pa&amp;ge&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>Création de l&apos;aperçu…</translation>
    </message>
    <message>
        <source>Preview of the first documents; the export contains all of them.</source>
        <translation>Aperçu des premiers documents&#xa0;; l&apos;export les contient tous.</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Choisissez le fichier vers lequel exporter.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Keep cells that look like formulas as they are</source>
        <translation>Laisser telles quelles les cellules qui ressemblent à des formules</translation>
    </message>
    <message>
        <source>By default a cell that begins with =, +, - or @ gets a leading apostrophe, so that a spreadsheet shows it as text instead of running it as a formula.</source>
        <translation>Par défaut, une cellule qui commence par =, +, - ou @ reçoit une apostrophe initiale, pour qu&apos;un tableur l&apos;affiche comme du texte au lieu de l&apos;exécuter comme une formule.</translation>
    </message>
    <message>
        <source>Every reviewer&apos;s own &amp;decisions too</source>
        <translation>Aussi les &amp;décisions de chaque relecteur</translation>
    </message>
    <message>
        <source>Besides the final decisions, each reviewer&apos;s own attributions and claims, as far as the server lets you read them (CSV and JSON).</source>
        <translation>Outre les décisions finales, les attributions et affirmations de chaque relecteur, dans la mesure où le serveur vous permet de les lire (CSV et JSON).</translation>
    </message>
</context>
<context>
    <name>Sourcelight::FindBar</name>
    <message>
        <source>Find in the article…</source>
        <translation>Rechercher dans l&apos;article…</translation>
    </message>
    <message>
        <source>Find in the article</source>
        <translation>Rechercher dans l&apos;article</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Occurrence précédente (Shift+F3)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Occurrence suivante (F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>Fermer la barre de recherche (Escape)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucune occurrence</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <comment>found in the article</comment>
        <translation>
            <numerusform>%n occurrence</numerusform>
            <numerusform>%n occurrences</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>the current match of all matches in the article</comment>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>Sourcelight::HtmlReportWriter</name>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Généré le</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Vérifié par</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Relecteurs</translation>
    </message>
    <message>
        <source>Other sources</source>
        <comment>source: who a claim comes from</comment>
        <translation>Autres sources</translation>
    </message>
    <message>
        <source>Made with Sourcelight %1.</source>
        <translation>Réalisé avec Sourcelight %1.</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié le</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>via %1</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonyme</translation>
    </message>
</context>
<context>
    <name>Sourcelight::ImportUrlDialog</name>
    <message>
        <source>Import from URL</source>
        <translation>Importer depuis une URL</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <source>Only the page itself is fetched: its text and what it says about itself (title, outlet, author, date). Nothing it refers to is loaded.</source>
        <translation>Seule la page elle-même est récupérée&#xa0;: son texte et ce qu&apos;elle indique sur elle-même (titre, média, auteur, date). Rien de ce à quoi elle renvoie n&apos;est chargé.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
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
        <translation>Source, confirmée</translation>
    </message>
    <message>
        <source>Source, suggested</source>
        <comment>who a claim comes from</comment>
        <translation>Source, suggérée</translation>
    </message>
    <message>
        <source>Author&apos;s own voice</source>
        <translation>Voix propre de l&apos;auteur</translation>
    </message>
    <message>
        <source>Anonymous source</source>
        <comment>who a claim comes from</comment>
        <translation>Source anonyme</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Verdict&#xa0;:</translation>
    </message>
    <message>
        <source>Current sentence</source>
        <translation>Phrase courante</translation>
    </message>
    <message>
        <source>Tint: the colour of the source a sentence rests on, solid once a reviewer confirmed it, lighter while it is only suggested; no tint: the author&apos;s own voice. Dashed frame: an anonymous source. Underline: the claim&apos;s verdict. Outline: the current sentence.</source>
        <translation>Teinte&#xa0;: la couleur de la source sur laquelle repose une phrase, pleine une fois qu&apos;un relecteur l&apos;a confirmée, plus claire tant qu&apos;elle n&apos;est que suggérée&#xa0;; pas de teinte&#xa0;: la voix propre de l&apos;auteur. Cadre en pointillés&#xa0;: une source anonyme. Soulignement&#xa0;: le verdict de l&apos;affirmation. Contour&#xa0;: la phrase courante.</translation>
    </message>
    <message>
        <source>Legend of the document pane</source>
        <translation>Légende du volet du document</translation>
    </message>
    <message>
        <source>Hide the legend (View menu: Legend)</source>
        <translation>Masquer la légende (menu Affichage&#xa0;: Légende)</translation>
    </message>
    <message>
        <source>Hide the legend</source>
        <translation>Masquer la légende</translation>
    </message>
</context>
<context>
    <name>Sourcelight::LibraryController</name>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Remove Article</source>
        <translation>Retirer l&apos;article</translation>
    </message>
    <message>
        <source>Remove “%1” from the project?</source>
        <translation>Retirer «&#xa0;%1&#xa0;» du projet&#xa0;?</translation>
    </message>
    <message>
        <source>It has %1 and %2. %3 puts it back with everything on it until the project is closed.</source>
        <translation>L&apos;article contient %1 et %2. %3 le rétablit avec tout son contenu jusqu&apos;à la fermeture du projet.</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <comment>It has … and …</comment>
        <translation>
            <numerusform>%n affirmation</numerusform>
            <numerusform>%n affirmations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed attribution(s)</source>
        <comment>It has … and …</comment>
        <translation>
            <numerusform>%n attribution relue</numerusform>
            <numerusform>%n attributions relues</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Article &amp;Details…</source>
        <translation>&amp;Détails de l&apos;article…</translation>
    </message>
    <message>
        <source>Correct the title, outlet, author, web address, date or language of the article</source>
        <translation>Corriger le titre, le média, l&apos;auteur, l&apos;adresse web, la date ou la langue de l&apos;article</translation>
    </message>
    <message>
        <source>&amp;Remove Article…</source>
        <translation>Re&amp;tirer l&apos;article…</translation>
    </message>
    <message>
        <source>Remove the article with its claims from the project (undoable)</source>
        <translation>Retirer l&apos;article et ses affirmations du projet (annulable)</translation>
    </message>
</context>
<context>
    <name>Sourcelight::LibraryDock</name>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Search documents…</source>
        <translation>Rechercher des documents…</translation>
    </message>
    <message>
        <source>Search documents</source>
        <translation>Rechercher des documents</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
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
        <translation>Attribution</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refaire</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;About Sourcelight</source>
        <translation>À &amp;propos de Sourcelight</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Relecture</translation>
    </message>
    <message>
        <source>&amp;Verdict</source>
        <translation>&amp;Verdict</translation>
    </message>
    <message>
        <source>Claim &amp;Type</source>
        <translation>T&amp;ype d&apos;affirmation</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Éti&amp;quettes</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <comment>who claims come from</comment>
        <translation>&amp;Sources</translation>
    </message>
    <message>
        <source>&amp;Rename Source…</source>
        <comment>who a claim comes from</comment>
        <translation>&amp;Renommer la source…</translation>
    </message>
    <message>
        <source>&amp;Merge Source Into…</source>
        <comment>who a claim comes from</comment>
        <translation>&amp;Fusionner la source dans…</translation>
    </message>
    <message>
        <source>Show &amp;All Sources</source>
        <comment>who claims come from</comment>
        <translation>Afficher &amp;toutes les sources</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Could not open the project “%1”: %2</source>
        <translation>Impossible d&apos;ouvrir le projet «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Read-only project</source>
        <translation>Projet en lecture seule</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[lecture seule]</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Sourcelight projects (*.sourcelight)</source>
        <translation>Projets Sourcelight (*.sourcelight)</translation>
    </message>
    <message>
        <source>“%1” already exists; it is opened instead of being replaced.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà&#xa0;; il est ouvert au lieu d&apos;être remplacé.</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Sourcelight projects (*.sourcelight);;All files (*)</source>
        <translation>Projets Sourcelight (*.sourcelight);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open a writable project before importing.</source>
        <translation>Ouvrez un projet accessible en écriture avant d&apos;importer.</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n article(s)…</source>
        <translation>
            <numerusform>Importation de %n article…</numerusform>
            <numerusform>Importation de %n articles…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s).</source>
        <translation>
            <numerusform>%n article importé.</numerusform>
            <numerusform>%n articles importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported; the others were.</source>
        <translation>
            <numerusform>%n fichier n&apos;a pas pu être importé&#xa0;; les autres l&apos;ont été.</numerusform>
            <numerusform>%n fichiers n&apos;ont pas pu être importés&#xa0;; les autres l&apos;ont été.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename Source</source>
        <comment>who a claim comes from</comment>
        <translation>Renommer la source</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <source>Merge Source</source>
        <comment>who a claim comes from</comment>
        <translation>Fusionner la source</translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>Fusionner «&#xa0;%1&#xa0;» dans&#xa0;:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Claim type</source>
        <translation>Type d&apos;affirmation</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Sources</source>
        <comment>who claims come from</comment>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Open a project before exporting.</source>
        <translation>Ouvrez un projet avant d&apos;exporter.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>L&apos;export a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Import Articles or Backup…</source>
        <translation>&amp;Importer des articles ou une sauvegarde…</translation>
    </message>
    <message>
        <source>Import Articles or Restore a Backup</source>
        <translation>Importer des articles ou restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Articles and backups (*.txt *.md *.markdown *.html *.htm *.json);;Sourcelight backups (*.json);;All files (*)</source>
        <translation>Articles et sauvegardes (*.txt *.md *.markdown *.html *.htm *.json);;Sauvegardes Sourcelight (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>A Sourcelight backup (.json) is restored on its own: choose it without articles or other backups.</source>
        <translation>Une sauvegarde Sourcelight (.json) se restaure seule&#xa0;: choisissez-la sans articles ni autres sauvegardes.</translation>
    </message>
    <message>
        <source>None of these files can be imported (text, Markdown or HTML).</source>
        <translation>Aucun de ces fichiers ne peut être importé (texte, Markdown ou HTML).</translation>
    </message>
    <message>
        <source>Restore Backup Into a New Project</source>
        <translation>Restaurer la sauvegarde dans un nouveau projet</translation>
    </message>
    <message>
        <source>Restoring the backup “%1”…</source>
        <translation>Restauration de la sauvegarde «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was changed.</source>
        <translation>La restauration a été annulée&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The backup “%1” could not be restored: %2</source>
        <translation>La sauvegarde «&#xa0;%1&#xa0;» n&apos;a pas pu être restaurée&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n document(s) from “%1”.</source>
        <translation>
            <numerusform>%n document restauré depuis «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%n documents restaurés depuis «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;How Good Were the Suggestions?</source>
        <translation>Qua&amp;lité des suggestions</translation>
    </message>
    <message>
        <source>Open a project to see how its suggestions were reviewed.</source>
        <translation>Ouvrez un projet pour voir comment ses suggestions ont été relues.</translation>
    </message>
    <message>
        <source>Search the &amp;Library…</source>
        <translation>Rechercher dans la &amp;bibliothèque…</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Project…</source>
        <translation>&amp;Se connecter à un projet d’équipe…</translation>
    </message>
    <message>
        <source>&amp;Mark Document Done</source>
        <translation>&amp;Marquer le document comme terminé</translation>
    </message>
    <message>
        <source>Independent review: you have coded this document. You may then see the other reviewers&apos; codings of it, and no longer change yours.</source>
        <translation>Relecture indépendante : vous avez codé ce document. Vous verrez alors les codages des autres relecteurs et ne pourrez plus modifier les vôtres.</translation>
    </message>
    <message>
        <source>Marking a document done is for reviewers of a team project in independent review.</source>
        <translation>Marquer un document comme terminé est réservé aux relecteurs d&apos;un projet d&apos;équipe en relecture indépendante.</translation>
    </message>
    <message>
        <source>Marked done. Your decisions on this document are final; a curator can open it again for you.</source>
        <translation>Marqué comme terminé. Vos décisions sur ce document sont définitives ; un curateur peut le rouvrir pour vous.</translation>
    </message>
    <message>
        <source>&amp;Adjudicate Disagreements…</source>
        <translation>&amp;Arbitrer les désaccords…</translation>
    </message>
    <message>
        <source>Independent review: the sentences of this document the reviewers disagree on, side by side; pick the final decision.</source>
        <translation>Relecture indépendante : les phrases de ce document sur lesquelles les relecteurs divergent, côte à côte ; choisissez la décision finale.</translation>
    </message>
    <message>
        <source>Adjudicating is for curators and admins of a team project in independent review.</source>
        <translation>L&apos;arbitrage est réservé aux curateurs et administrateurs d&apos;un projet d&apos;équipe en relecture indépendante.</translation>
    </message>
    <message>
        <source>Open a document to adjudicate its sentences.</source>
        <translation>Ouvrez un document pour arbitrer ses phrases.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <comment>the analyst&apos;s name, their part, the review mode</comment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>independent review</source>
        <translation>relecture indépendante</translation>
    </message>
    <message>
        <source>shared review</source>
        <translation>relecture partagée</translation>
    </message>
    <message>
        <source>Edits not sent</source>
        <translation>Modifications non envoyées</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) made offline when the project was last open were sent to the server.</source>
        <translation>
            <numerusform>%n modification faite hors ligne lors de la dernière ouverture du projet a été envoyée au serveur.</numerusform>
            <numerusform>%n modifications faites hors ligne lors de la dernière ouverture du projet ont été envoyées au serveur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) made while the server could not be reached wait to be sent, and could not be kept on this computer. Closing the project now discards them. Close it anyway?</source>
        <translation>
            <numerusform>%n modification faite pendant que le serveur était injoignable attend d’être envoyée et n’a pas pu être conservée sur cet ordinateur. Fermer le projet maintenant la perd. Fermer quand même ?</numerusform>
            <numerusform>%n modifications faites pendant que le serveur était injoignable attendent d’être envoyées et n’ont pas pu être conservées sur cet ordinateur. Fermer le projet maintenant les perd. Fermer quand même ?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sourcelight::MarkdownReportWriter</name>
    <message>
        <source>Project: %1</source>
        <translation>Projet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation>Généré le&#xa0;: %1</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Périmètre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <translation>Vérifié par&#xa0;:</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Outlet:</source>
        <translation>Média&#xa0;:</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Auteur&#xa0;:</translation>
    </message>
    <message>
        <source>Published:</source>
        <translation>Publié le&#xa0;:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation>(anonyme)</translation>
    </message>
</context>
<context>
    <name>Sourcelight::NewSourceDialog</name>
    <message>
        <source>New Source</source>
        <comment>who a claim comes from</comment>
        <translation>Nouvelle source</translation>
    </message>
    <message>
        <source>Source name</source>
        <comment>who a claim comes from</comment>
        <translation>Nom de la source</translation>
    </message>
    <message>
        <source>Kind of source</source>
        <comment>who a claim comes from</comment>
        <translation>Type de source</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Affiliation:</source>
        <translation>&amp;Affiliation&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Sourcelight::PdfReportWriter</name>
    <message>
        <source>Cannot write the PDF: %1</source>
        <translation>Impossible d&apos;écrire le PDF&#xa0;: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>Sourcelight::Project</name>
    <message>
        <source>Analyst</source>
        <translation>Analyste</translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation>Accepter la suggestion</translation>
    </message>
    <message>
        <source>The suggestion was rejected.</source>
        <translation>La suggestion a été rejetée.</translation>
    </message>
    <message>
        <source>Reject suggestion</source>
        <translation>Rejeter la suggestion</translation>
    </message>
    <message>
        <source>Set source to %1</source>
        <translation>Définir la source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Change via chain</source>
        <translation>Modifier la chaîne «&#xa0;via&#xa0;»</translation>
    </message>
    <message>
        <source>Change source profile</source>
        <translation>Modifier le profil de la source</translation>
    </message>
    <message>
        <source>Change quote type</source>
        <translation>Modifier le type de citation</translation>
    </message>
    <message>
        <source>Set verdict</source>
        <translation>Définir le verdict</translation>
    </message>
    <message>
        <source>Set claim type</source>
        <translation>Définir le type d&apos;affirmation</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Set confidence</source>
        <translation>Définir la confiance</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Retirer l&apos;étiquette</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Ajouter l&apos;étiquette</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Ajouter une preuve</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Retirer la preuve</translation>
    </message>
    <message>
        <source>Create source %1</source>
        <translation>Créer la source %1</translation>
    </message>
    <message>
        <source>Rename source %1</source>
        <translation>Renommer la source %1</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>Fusionner %1 dans %2</translation>
    </message>
    <message>
        <source>needs second source</source>
        <translation>seconde source requise</translation>
    </message>
    <message>
        <source>Rests on a single source; look for corroboration.</source>
        <translation>Repose sur une seule source&#xa0;; chercher une confirmation.</translation>
    </message>
    <message>
        <source>hedged</source>
        <translation>au conditionnel</translation>
    </message>
    <message>
        <source>Worded with reportedly, allegedly, could or similar.</source>
        <translation>Formulé avec «&#xa0;selon&#xa0;», «&#xa0;prétendument&#xa0;», «&#xa0;pourrait&#xa0;» ou une tournure semblable.</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>chiffres</translation>
    </message>
    <message>
        <source>Contains a figure to check.</source>
        <translation>Contient un chiffre à vérifier.</translation>
    </message>
    <message>
        <source>follow up</source>
        <translation>à suivre</translation>
    </message>
    <message>
        <source>Come back to it later.</source>
        <translation>À reprendre plus tard.</translation>
    </message>
    <message>
        <source>%1 It was closed so that nothing more is written to it.</source>
        <translation>%1 Il a été fermé pour que rien de plus n’y soit écrit.</translation>
    </message>
    <message>
        <source>The project could not be read through to check it for damage: %1</source>
        <translation>Le projet n’a pas pu être lu en entier pour vérifier qu’il n’est pas endommagé : %1</translation>
    </message>
    <message>
        <source>Edit details of %1</source>
        <translation>Modifier les détails de %1</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>Split sentence</source>
        <translation>Couper la phrase</translation>
    </message>
    <message>
        <source>Split the sentence in two.</source>
        <translation>La phrase a été coupée en deux.</translation>
    </message>
    <message>
        <source>Merge sentences</source>
        <translation>Fusionner les phrases</translation>
    </message>
    <message>
        <source>Merged; the second sentence&apos;s attribution to %1 was dropped.</source>
        <translation>Fusionnées&#xa0;; l&apos;attribution de la seconde phrase à %1 a été abandonnée.</translation>
    </message>
    <message>
        <source>Merged the sentence with the next one.</source>
        <translation>La phrase a été fusionnée avec la suivante.</translation>
    </message>
    <message>
        <source>Select the words of the claim in the article first.</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Sélectionnez d&apos;abord les mots de l&apos;affirmation dans l&apos;article.</translation>
    </message>
    <message>
        <source>The selection crosses sentences: a claim&apos;s words must lie in one sentence.</source>
        <comment>claim: a reviewed statement</comment>
        <translation>La sélection s&apos;étend sur plusieurs phrases&#xa0;: les mots d&apos;une affirmation doivent être dans une seule phrase.</translation>
    </message>
    <message>
        <source>Claim the selected words</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Affirmation sur les mots sélectionnés</translation>
    </message>
    <message>
        <source>The claim is the whole sentence.</source>
        <comment>claim: a reviewed statement</comment>
        <translation>L&apos;affirmation est la phrase entière.</translation>
    </message>
    <message>
        <source>The claim is now “%1”.</source>
        <comment>claim: a reviewed statement</comment>
        <translation>L&apos;affirmation est maintenant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” could not be saved and was undone: %2</source>
        <translation>« %1 » n’a pas pu être enregistré et a été annulé : %2</translation>
    </message>
    <message>
        <source>“%1” could not be undone: %2</source>
        <translation>« %1 » n’a pas pu être annulé : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) could not be saved to the disk and were undone: %1 Redo them when the disk works again.</source>
        <translation>
            <numerusform>%n modification n’a pas pu être enregistrée sur le disque et a été annulée : %1 Rétablissez-la quand le disque fonctionnera de nouveau.</numerusform>
            <numerusform>%n modifications n’ont pas pu être enregistrées sur le disque et ont été annulées : %1 Rétablissez-les quand le disque fonctionnera de nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>The project could not be saved to the disk: %1</source>
        <translation>Le projet n’a pas pu être enregistré sur le disque : %1</translation>
    </message>
    <message>
        <source>The claim&apos;s words were not saved.</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Les mots de l&apos;affirmation n&apos;ont pas été enregistrés.</translation>
    </message>
    <message>
        <source>Only a reviewer coding independently marks a document done, with the document open.</source>
        <translation>Seul un relecteur qui code de façon indépendante marque un document comme terminé, document ouvert.</translation>
    </message>
    <message>
        <source>Adopt %1&apos;s decision</source>
        <translation>Retenir la décision de %1</translation>
    </message>
    <message>
        <source>Adopt attribution</source>
        <translation>Retenir l&apos;attribution</translation>
    </message>
    <message>
        <source>“%1”, made while offline, was not saved: %2</source>
        <translation>« %1 », faite hors ligne, n&apos;a pas été enregistrée : %2</translation>
    </message>
    <message>
        <source>The connection to the server was lost. “%1” and the review edits after it wait here, kept on this computer, and are sent when it is back (or when the project is next opened).</source>
        <translation>La connexion au serveur a été perdue. « %1 » et les modifications de revue qui suivent attendent ici, conservées sur cet ordinateur, et seront envoyées à son retour (ou à la prochaine ouverture du projet).</translation>
    </message>
    <message>
        <source>The edits waiting for the server could not be kept on this computer: %1 Closing the project before they are sent discards them.</source>
        <translation>Les modifications en attente du serveur n’ont pas pu être conservées sur cet ordinateur : %1 Fermer le projet avant leur envoi les perd.</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) kept on this computer from an earlier session could not be read and were not sent.</source>
        <translation>
            <numerusform>%n modification conservée sur cet ordinateur depuis une session précédente n’a pas pu être lue et n’a pas été envoyée.</numerusform>
            <numerusform>%n modifications conservées sur cet ordinateur depuis une session précédente n’ont pas pu être lues et n’ont pas été envoyées.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(aucune note)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>This evidence link was added while offline and has not reached the server yet: undo adding it instead.</source>
        <translation>Ce lien de preuve a été ajouté hors ligne et n’a pas encore atteint le serveur : annulez plutôt son ajout.</translation>
    </message>
</context>
<context>
    <name>Sourcelight::ProjectStore</name>
    <message>
        <source>“%1” is a folder, not a Sourcelight project.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier, pas un projet Sourcelight.</translation>
    </message>
    <message>
        <source>The project “%1” does not exist.</source>
        <translation>Le projet «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot create the project “%1”: the folder cannot be written to.</source>
        <translation>Impossible de créer le projet «&#xa0;%1&#xa0;»&#xa0;: le dossier n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>Cannot read the project “%1”: %2</source>
        <translation>Impossible de lire le projet «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is an empty file, not a Sourcelight project.</source>
        <translation>«&#xa0;%1&#xa0;» est un fichier vide, pas un projet Sourcelight.</translation>
    </message>
    <message>
        <source>“%1” is not a Sourcelight project (it is not an SQLite database).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un projet Sourcelight (ce n&apos;est pas une base de données SQLite).</translation>
    </message>
    <message>
        <source>The project “%1” is damaged: the file is truncated.</source>
        <translation>Le projet «&#xa0;%1&#xa0;» est endommagé&#xa0;: le fichier est tronqué.</translation>
    </message>
    <message>
        <source>The project “%1” or its folder cannot be written to; it is open for reading only.</source>
        <translation>Le projet «&#xa0;%1&#xa0;» ou son dossier n&apos;est pas accessible en écriture&#xa0;; il est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>The project is open for reading only.</source>
        <translation>Le projet est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>Cannot open the project “%1”: %2</source>
        <translation>Impossible d&apos;ouvrir le projet «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The project “%1” is damaged (%2). Open a backup copy, or ask for help recovering it.</source>
        <translation>Le projet «&#xa0;%1&#xa0;» est endommagé (%2). Ouvrez une copie de sauvegarde, ou demandez de l&apos;aide pour le récupérer.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database, but not a Sourcelight project.</source>
        <translation>«&#xa0;%1&#xa0;» est une base de données SQLite, mais pas un projet Sourcelight.</translation>
    </message>
    <message>
        <source>“%1” is an empty database, not a Sourcelight project.</source>
        <translation>«&#xa0;%1&#xa0;» est une base de données vide, pas un projet Sourcelight.</translation>
    </message>
    <message>
        <source>The project “%1” was saved by a newer version of Sourcelight (format %2; this version knows up to %3). It is open for reading only, so nothing in it is changed; update Sourcelight to edit it.</source>
        <translation>Le projet «&#xa0;%1&#xa0;» a été enregistré par une version plus récente de Sourcelight (format %2&#xa0;; cette version connaît les formats jusqu&apos;au %3). Il est ouvert en lecture seule, rien n&apos;y est donc modifié&#xa0;; mettez Sourcelight à jour pour pouvoir le modifier.</translation>
    </message>
    <message>
        <source>The project “%1” is in an older format and must be upgraded, but it cannot be written to.</source>
        <translation>Le projet «&#xa0;%1&#xa0;» est dans un format plus ancien et doit être mis à niveau, mais il n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>A reviewer needs a name.</source>
        <translation>Un relecteur doit avoir un nom.</translation>
    </message>
    <message>
        <source>The project is damaged: %1</source>
        <translation>Le projet est endommagé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The disk holding “%1” is full: the last change was not saved. Everything saved before it is intact; free some space and try again.</source>
        <translation>Le disque contenant «&#xa0;%1&#xa0;» est plein&#xa0;: la dernière modification n&apos;a pas été enregistrée. Tout ce qui a été enregistré auparavant est intact&#xa0;; libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>The project “%1” is locked by another program or another Sourcelight window; try again when it is closed.</source>
        <translation>Le projet «&#xa0;%1&#xa0;» est verrouillé par un autre programme ou une autre fenêtre de Sourcelight&#xa0;; réessayez une fois ceux-ci fermés.</translation>
    </message>
    <message>
        <source>The project “%1” cannot be written to.</source>
        <translation>Le projet «&#xa0;%1&#xa0;» n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>The project “%1” is damaged. Open a backup copy, or ask for help recovering it.</source>
        <translation>Le projet «&#xa0;%1&#xa0;» est endommagé. Ouvrez une copie de sauvegarde, ou demandez de l&apos;aide pour le récupérer.</translation>
    </message>
    <message>
        <source>“%1” is not a Sourcelight project (it is not an SQLite database, or it is damaged beyond reading).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un projet Sourcelight (ce n&apos;est pas une base de données SQLite, ou elle est trop endommagée pour être lue).</translation>
    </message>
    <message>
        <source>Cannot read or write the project “%1”: %2</source>
        <translation>Impossible de lire ou d&apos;écrire le projet «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Database error in “%1”: %2</source>
        <translation>Erreur de base de données dans «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Aucun projet n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>The item to change (%1 %2) no longer exists.</source>
        <translation>L&apos;élément à modifier (%1 %2) n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Not every row was written to the project.</source>
        <translation>Toutes les lignes n’ont pas été écrites dans le projet.</translation>
    </message>
    <message>
        <source>A bulk write needs a transaction.</source>
        <translation>Une écriture groupée nécessite une transaction.</translation>
    </message>
    <message>
        <source>Cannot read the project “%1”: it is on a medium that cannot be written to, and its recent changes could not be copied to a temporary folder to be read.</source>
        <translation>Impossible de lire le projet «&#xa0;%1&#xa0;»&#xa0;: il se trouve sur un support non inscriptible et ses dernières modifications n&apos;ont pas pu être copiées dans un dossier temporaire pour être lues.</translation>
    </message>
    <message>
        <source>The new row&apos;s id did not come back from the database.</source>
        <translation>L’identifiant de la nouvelle ligne n’est pas revenu de la base de données.</translation>
    </message>
    <message>
        <source>Cannot open the team project “%1”: this installation of Sourcelight cannot reach PostgreSQL servers (the Qt PostgreSQL driver, package libqt6sql6-psql, is missing).</source>
        <translation>Impossible d’ouvrir le projet d’équipe « %1 » : cette installation de Sourcelight ne peut pas joindre de serveur PostgreSQL (le pilote PostgreSQL de Qt, paquet libqt6sql6-psql, manque).</translation>
    </message>
    <message>
        <source>Cannot connect to the team project “%1”: %2</source>
        <translation>Impossible de se connecter au projet d’équipe « %1 » : %2</translation>
    </message>
    <message>
        <source>The database of “%1” holds tables, but it is not a Sourcelight project.</source>
        <translation>La base de « %1 » contient des tables, mais ce n’est pas un projet Sourcelight.</translation>
    </message>
    <message>
        <source>The server of “%1” has run out of disk space: the last change was not saved. Everything saved before it is intact; ask the server&apos;s administrator.</source>
        <translation>Le serveur de « %1 » n’a plus d’espace disque : la dernière modification n’a pas été enregistrée. Tout ce qui a été enregistré avant est intact ; adressez-vous à l’administrateur du serveur.</translation>
    </message>
    <message>
        <source>Another reviewer is changing the same part of “%1”; try again in a moment.</source>
        <translation>Un autre relecteur modifie la même partie de « %1 » ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The server does not let you make this change in “%1”: %2</source>
        <translation>Le serveur ne vous permet pas cette modification dans « %1 » : %2</translation>
    </message>
    <message>
        <source>The connection to the server of “%1” was lost: %2</source>
        <translation>La connexion au serveur de « %1 » a été perdue : %2</translation>
    </message>
    <message>
        <source>The server reports damaged data in “%1”: %2</source>
        <translation>Le serveur signale des données endommagées dans « %1 » : %2</translation>
    </message>
    <message>
        <source>The database of “%1” is empty: it holds no Sourcelight project yet.</source>
        <translation>La base de « %1 » est vide : elle ne contient pas encore de projet Sourcelight.</translation>
    </message>
    <message>
        <source>It was changed by someone else meanwhile.</source>
        <translation>Quelqu’un d’autre l’a modifié entre-temps.</translation>
    </message>
    <message>
        <source>no answer from the server</source>
        <translation>pas de réponse du serveur</translation>
    </message>
    <message>
        <source>Your database role “%1” has no part in the team project “%2”. Ask one of its admins to add you (sourcelight team --project … --add %1 --role reviewer).</source>
        <translation>Votre rôle de base de données « %1 » ne fait pas partie du projet d’équipe « %2 ». Demandez à l’un de ses administrateurs de vous ajouter (sourcelight team --project … --add %1 --role reviewer).</translation>
    </message>
    <message>
        <source>The server does not let you change this (%1 %2) in “%3”: it is not yours to change, or no longer is (a document you marked done).</source>
        <translation>Le serveur ne vous laisse pas modifier ceci (%1 %2) dans « %3 » : ce n’est pas à vous de le modifier, ou plus (un document que vous avez marqué comme terminé).</translation>
    </message>
</context>
<context>
    <name>Sourcelight::QdpxWriter</name>
    <message>
        <source>Sources</source>
        <comment>source: who a claim comes from</comment>
        <translation>Sources</translation>
    </message>
    <message>
        <source>also called %1</source>
        <translation>autres noms&#xa0;: %1</translation>
    </message>
    <message>
        <source>affiliation: %1</source>
        <translation>affiliation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Verdicts</translation>
    </message>
    <message>
        <source>Claim types</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Types d&apos;affirmation</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié le</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Note on claim %1</source>
        <comment>claim: a reviewed statement</comment>
        <translation>Note sur l&apos;affirmation %1</translation>
    </message>
    <message>
        <source>Cannot write the REFI-QDA project: %1</source>
        <translation>Impossible d&apos;écrire le projet REFI-QDA&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Sourcelight::ReportExporter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>L&apos;export a été annulé.</translation>
    </message>
    <message>
        <source>“%1” is the project itself (or its journal, or a link to them): exporting there would destroy the project. Nothing was written; choose another file.</source>
        <translation>«&#xa0;%1&#xa0;» est le projet lui-même (ou son journal, ou un lien vers eux)&#xa0;: y exporter détruirait le projet. Rien n&apos;a été écrit&#xa0;; choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>A %1 report cannot be written to standard output; give a file name.</source>
        <translation>Un rapport %1 ne peut pas être écrit sur la sortie standard&#xa0;; indiquez un nom de fichier.</translation>
    </message>
</context>
<context>
    <name>Sourcelight::ReviewController</name>
    <message>
        <source>&amp;Next Sentence</source>
        <translation>Phrase s&amp;uivante</translation>
    </message>
    <message>
        <source>&amp;Previous Sentence</source>
        <translation>Phrase &amp;précédente</translation>
    </message>
    <message>
        <source>Next &amp;Unreviewed Sentence</source>
        <translation>Prochaine phrase &amp;non relue</translation>
    </message>
    <message>
        <source>&amp;Accept Suggestion</source>
        <translation>&amp;Accepter la suggestion</translation>
    </message>
    <message>
        <source>&amp;Reject Suggestion</source>
        <translation>&amp;Rejeter la suggestion</translation>
    </message>
    <message>
        <source>Choose &amp;Source…</source>
        <comment>who a claim comes from</comment>
        <translation>Choisir la &amp;source…</translation>
    </message>
    <message>
        <source>Edit N&amp;ote</source>
        <translation>Modifier la no&amp;te</translation>
    </message>
    <message>
        <source>Attributed %1 · reviewed %2 · total %3</source>
        <translation>Attribuées %1 · relues %2 · total %3</translation>
    </message>
</context>
<context>
    <name>Sourcelight::ReviewTeam</name>
    <message>
        <source>reviewer</source>
        <translation>relecteur</translation>
    </message>
    <message>
        <source>curator</source>
        <translation>curateur</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>The server did not say who you are.</source>
        <translation>Le serveur n’a pas indiqué qui vous êtes.</translation>
    </message>
    <message>
        <source>A team member needs a login.</source>
        <translation>Un membre de l’équipe doit avoir un login.</translation>
    </message>
    <message>
        <source>This project is older than team review; open it once with this version to upgrade it.</source>
        <translation>Ce projet est antérieur à la relecture en équipe ; ouvrez-le une fois avec cette version pour le mettre à niveau.</translation>
    </message>
    <message>
        <source>The server has no database role “%1”; create it first (CREATE ROLE %1 LOGIN …), then add it.</source>
        <translation>Le serveur n’a pas de rôle de base de données « %1 » ; créez-le d’abord (CREATE ROLE %1 LOGIN …), puis ajoutez-le.</translation>
    </message>
    <message>
        <source>The server does not let you change the team of “%1”: only its admins may.</source>
        <translation>Le serveur ne vous permet pas de modifier l’équipe de « %1 » : seuls ses administrateurs le peuvent.</translation>
    </message>
    <message>
        <source>Independent review needs a team project on a server: in a file, nothing would keep the reviewers&apos; codings apart.</source>
        <translation>La relecture indépendante nécessite un projet d’équipe sur un serveur : dans un fichier, rien ne séparerait les codages des différents relecteurs.</translation>
    </message>
    <message>
        <source>The server does not let you change the review mode of “%1”: only its admins may.</source>
        <translation>Le serveur ne vous permet pas de modifier le mode de relecture de « %1 » : seuls ses administrateurs le peuvent.</translation>
    </message>
    <message>
        <source>Only a named reviewer of a team project can mark a document done.</source>
        <translation>Seul un relecteur inscrit dans un projet d’équipe peut marquer un document comme terminé.</translation>
    </message>
</context>
<context>
    <name>Sourcelight::SaveIndicator</name>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Every edit is on disk.</source>
        <translation>Toutes les modifications sont sur le disque.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>The last edit is in the project and is being written to the disk.</source>
        <translation>La dernière modification est dans le projet et est en cours d’écriture sur le disque.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message numerus="yes">
        <source>Offline · %n waiting</source>
        <comment>edits waiting to be sent</comment>
        <translation>
            <numerusform>Hors ligne · %n en attente</numerusform>
            <numerusform>Hors ligne · %n en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection to the team project&apos;s server was lost. Sourcelight connects again every few seconds. Review edits (attributions, verdicts, types, notes, tags, evidence links added) wait here, kept on this computer, and are sent in order when it is back, or when the project is next opened; other edits cannot be saved until then and are undone.</source>
        <translation>La connexion au serveur du projet d’équipe a été perdue. Sourcelight se reconnecte toutes les quelques secondes. Les modifications de revue (attributions, verdicts, types, notes, étiquettes, liens de preuve ajoutés) attendent ici, conservées sur cet ordinateur, et sont envoyées dans l’ordre à son retour ou à la prochaine ouverture du projet ; les autres modifications ne peuvent pas être enregistrées d’ici là et sont annulées.</translation>
    </message>
</context>
<context>
    <name>Sourcelight::SentenceEditController</name>
    <message>
        <source>Sp&amp;lit Sentence at the Cursor</source>
        <translation>&amp;Couper la phrase au curseur</translation>
    </message>
    <message>
        <source>&amp;Merge with the Next Sentence</source>
        <translation>&amp;Fusionner avec la phrase suivante</translation>
    </message>
    <message>
        <source>&amp;Claim the Selected Words</source>
        <comment>claim: a reviewed statement</comment>
        <translation>&amp;Mots sélectionnés comme affirmation</translation>
    </message>
    <message>
        <source>Place the cursor inside a sentence first.</source>
        <translation>Placez d&apos;abord le curseur dans une phrase.</translation>
    </message>
    <message>
        <source>Choose a sentence first.</source>
        <translation>Choisissez d&apos;abord une phrase.</translation>
    </message>
</context>
<context>
    <name>Sourcelight::SentenceModel</name>
    <message>
        <source>Author&apos;s own voice (no attribution)</source>
        <translation>Voix propre de l&apos;auteur (aucune attribution)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonyme</translation>
    </message>
    <message>
        <source>Via: %1</source>
        <translation>Via&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cue: “%1”</source>
        <translation>Indice&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Verdict&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Sourcelight::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reviewer name:</source>
        <translation>Nom du &amp;relecteur&#xa0;:</translation>
    </message>
    <message>
        <source>Reviewing &amp;organisation:</source>
        <translation>&amp;Organisation de vérification&#xa0;:</translation>
    </message>
    <message>
        <source>Organisation &amp;web address:</source>
        <translation>Adresse &amp;web de l&apos;organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>Reviewer name</source>
        <translation>Nom du relecteur</translation>
    </message>
    <message>
        <source>Recorded with every change you make and on the claims you review.</source>
        <translation>Enregistré avec chacune de vos modifications et sur les affirmations que vous relisez.</translation>
    </message>
    <message>
        <source>Reviewing organisation</source>
        <translation>Organisation de vérification</translation>
    </message>
    <message>
        <source>Named as the author of ClaimReview exports.</source>
        <translation>Indiquée comme auteur des exports ClaimReview.</translation>
    </message>
    <message>
        <source>Organisation web address</source>
        <translation>Adresse web de l&apos;organisation</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Apparence&#xa0;:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
</context>
<context>
    <name>Sourcelight::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
</context>
<context>
    <name>Sourcelight::SourceModel</name>
    <message>
        <source>Also: %1</source>
        <translation>Autres noms&#xa0;: %1</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>who a claim comes from</comment>
        <translation>Source</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Phrases</translation>
    </message>
</context>
<context>
    <name>Sourcelight::SourcesDock</name>
    <message>
        <source>Sources</source>
        <comment>who claims come from</comment>
        <translation>Sources</translation>
    </message>
</context>
<context>
    <name>Sourcelight::SuggestionQualityDialog</name>
    <message>
        <source>How Good Were the Suggestions?</source>
        <translation>Qualité des suggestions</translation>
    </message>
    <message>
        <source>Suggestions kept, by cue and by source kind</source>
        <translation>Suggestions conservées, par indice et par type de source</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Relues</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservées</translation>
    </message>
    <message>
        <source>Kept share</source>
        <translation>Part conservée</translation>
    </message>
    <message>
        <source>Other source</source>
        <translation>Autre source</translation>
    </message>
    <message>
        <source>Source missed</source>
        <translation>Source manquée</translation>
    </message>
    <message>
        <source>Source where none</source>
        <translation>Source là où il n&apos;y en a pas</translation>
    </message>
    <message>
        <source>The analyst chose another source</source>
        <translation>L&apos;analyste a choisi une autre source</translation>
    </message>
    <message>
        <source>The suggestion saw the article&apos;s own voice; the analyst a source</source>
        <translation>La suggestion voyait la voix propre de l&apos;article&#xa0;; l&apos;analyste, une source</translation>
    </message>
    <message>
        <source>The suggestion named a source; the analyst saw the article&apos;s own voice</source>
        <translation>La suggestion nommait une source&#xa0;; l&apos;analyste voyait la voix propre de l&apos;article</translation>
    </message>
    <message>
        <source>Speech verbs (said, told)</source>
        <translation>Verbes de parole (said, told)</translation>
    </message>
    <message>
        <source>Stance verbs (criticised, denied)</source>
        <translation>Verbes de prise de position (criticised, denied)</translation>
    </message>
    <message>
        <source>Belief verbs (believe, expect)</source>
        <translation>Verbes de croyance (believe, expect)</translation>
    </message>
    <message>
        <source>Evidence verbs (records show)</source>
        <translation>Verbes de preuve (records show)</translation>
    </message>
    <message>
        <source>Carried from an earlier sentence</source>
        <translation>Reprise d&apos;une phrase précédente</translation>
    </message>
    <message>
        <source>Attributed by a later sentence</source>
        <translation>Attribuée par une phrase suivante</translation>
    </message>
    <message>
        <source>The article&apos;s own voice</source>
        <translation>Voix propre de l&apos;article</translation>
    </message>
    <message>
        <source>No sentence has been reviewed yet. Accept or correct suggestions in the review; every sentence you decide counts here.</source>
        <translation>Aucune phrase n&apos;a encore été relue. Acceptez ou corrigez les suggestions&#xa0;; chaque phrase tranchée compte ici.</translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed sentence(s): the suggested source was kept in %1 of them.</source>
        <translation>
            <numerusform>%n phrase relue&#xa0;: la source suggérée a été conservée dans %1 d&apos;entre elles.</numerusform>
            <numerusform>%n phrases relues&#xa0;: la source suggérée a été conservée dans %1 d&apos;entre elles.</numerusform>
        </translation>
    </message>
    <message>
        <source>All reviewed sentences</source>
        <translation>Toutes les phrases relues</translation>
    </message>
    <message>
        <source>Every suggestion</source>
        <translation>Toutes les suggestions</translation>
    </message>
    <message>
        <source>By the suggestion&apos;s cue</source>
        <translation>Par l&apos;indice de la suggestion</translation>
    </message>
    <message>
        <source>By the kind of source suggested</source>
        <translation>Par le type de source suggérée</translation>
    </message>
    <message>
        <source>Phrases (according to)</source>
        <translation>Locutions (according to)</translation>
    </message>
    <message>
        <source>Attribution nouns (in a statement, his claim that)</source>
        <translation>Noms d&apos;attribution (in a statement, his claim that)</translation>
    </message>
    <message>
        <source>A colon introducing a quotation</source>
        <translation>Deux-points introduisant une citation</translation>
    </message>
</context>
<context>
    <name>Sourcelight::SuggestionView</name>
    <message>
        <source>Sentence</source>
        <translation>Phrase</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>&amp;Accept (Enter)</source>
        <translation>&amp;Accepter (Enter)</translation>
    </message>
    <message>
        <source>Accept the suggested attribution</source>
        <translation>Accepter l&apos;attribution suggérée</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <source>Reject the suggested attribution</source>
        <translation>Rejeter l&apos;attribution suggérée</translation>
    </message>
    <message>
        <source>Author&apos;s own voice</source>
        <translation>Voix propre de l&apos;auteur</translation>
    </message>
</context>
<context>
    <name>Sourcelight::TeamProjectDialog</name>
    <message>
        <source>Connect to Team Project</source>
        <translation>Se connecter à un projet d’équipe</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>from ~/.pgpass or PGPASSWORD when empty</source>
        <translation>depuis ~/.pgpass ou PGPASSWORD si vide</translation>
    </message>
    <message>
        <source>A team project lives in a PostgreSQL database that your administrator set up. The password is used for this connection only and never saved.</source>
        <translation>Un projet d’équipe se trouve dans une base PostgreSQL préparée par votre administrateur. Le mot de passe ne sert qu’à cette connexion et n’est jamais enregistré.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
</context>
<context>
    <name>Sourcelight::WebAnnotationWriter</name>
    <message>
        <source>via %1</source>
        <translation>via %1</translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <source>print a project&apos;s figures: attributed share, anonymous sources, per source and per verdict</source>
        <translation>afficher les chiffres d&apos;un projet&#xa0;: part attribuée, sources anonymes, par source et par verdict</translation>
    </message>
    <message>
        <source>Usage: sourcelight stats --project FILE.sourcelight [--format text|json]

Prints the number of documents and sentences, the share of sentences attributed to a source, the
share of claims resting on anonymous sources, and counts per source and per verdict.

  --project FILE   the project (opened read-only)
  --format FORMAT  text (default: a table) or json (one JSON object)
  -h, --help       show this help
</source>
        <translation>Utilisation&#xa0;: sourcelight stats --project FICHIER.sourcelight [--format text|json]

Affiche le nombre de documents et de phrases, la part des phrases attribuées à une source, la
part des affirmations reposant sur des sources anonymes, et les décomptes par source et par
verdict.

  --project FICHIER  le projet (ouvert en lecture seule)
  --format FORMAT    text (par défaut&#xa0;: un tableau) ou json (un seul objet JSON)
  -h, --help         afficher cette aide
</translation>
    </message>
</context>
<context>
    <name>SubcommandParser</name>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>option inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>sourcelight %1: %2</source>
        <translation>sourcelight %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 attend une valeur</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos; (use %3)</source>
        <translation>valeur inconnue (%1) : « %2 » (possible : %3)</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 est obligatoire</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>l&apos;entrée standard</translation>
    </message>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>impossible de lire l&apos;entrée standard : %1</translation>
    </message>
    <message>
        <source>cannot open &apos;%1&apos;: %2</source>
        <translation>impossible d&apos;ouvrir « %1 » : %2</translation>
    </message>
    <message>
        <source>%1 looks like a binary file, not UTF-8 text</source>
        <translation>%1 semble être un fichier binaire, pas du texte UTF-8</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 text</source>
        <translation>%1 n&apos;est pas du texte UTF-8 valide</translation>
    </message>
    <message>
        <source>unknown argument &apos;%1&apos;</source>
        <translation>argument inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>TeamCommand</name>
    <message>
        <source>--role and --name go with --add LOGIN.</source>
        <translation>--role et --name s&apos;utilisent avec --add LOGIN.</translation>
    </message>
    <message>
        <source>unknown mode &apos;%1&apos; (use shared or independent)</source>
        <translation>mode inconnu «&#xa0;%1&#xa0;» (utilisez shared ou independent)</translation>
    </message>
    <message>
        <source>Review mode: %1
</source>
        <translation>Mode de relecture&#xa0;: %1
</translation>
    </message>
    <message>
        <source>show a team project&apos;s reviewers and review mode; give a login a part, change the mode</source>
        <translation>afficher les relecteurs et le mode de relecture d&apos;un projet d&apos;équipe&#xa0;; attribuer un rôle à un login, changer le mode</translation>
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
        <translation>Utilisation&#xa0;: sourcelight team --project P [--add LOGIN [--role RÔLE] [--name NOM]]
                               [--mode shared|independent] [--format text|json]

Liste les membres d&apos;un projet d&apos;équipe (leur nom, leur login de base de données et leur rôle) et
son mode de relecture. Un administrateur peut attribuer un rôle à un login et changer le mode&#xa0;; le
serveur le refuse à tous les autres. Le login doit exister sur le serveur (CREATE ROLE … LOGIN). Un
relecteur décide sous son propre nom&#xa0;; un curateur écrit en outre les décisions finales, coupe et
fusionne les phrases&#xa0;; un administrateur importe en outre les documents et gère le livre de codes,
l&apos;équipe et le mode. En mode independent, les décisions de chaque relecteur lui sont propres et
restent cachées aux autres jusqu&apos;à ce qu&apos;il marque le document comme terminé.

  --project P      le projet&#xa0;: un fichier .sourcelight ou une adresse postgresql:// (obligatoire)
  --add LOGIN      attribuer un rôle à ce login de base de données (de nouveau&#xa0;: le changer)
  --role RÔLE      reviewer (par défaut), curator ou admin
  --name NOM       le nom sous lequel figurent ses décisions (par défaut&#xa0;: le login)
  --mode MODE      shared ou independent (independent nécessite un serveur)
  --format FORMAT  text (par défaut) ou json&#xa0;: {&quot;mode&quot;, &quot;members&quot;: [{&quot;id&quot;, &quot;name&quot;,
                   &quot;login&quot;, &quot;role&quot;}]}
  -h, --help       afficher cette aide
</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>the file names no encoding; it was read as %1, which its letters suggest</source>
        <translation>le fichier n&apos;indique aucun encodage&#xa0;; il a été lu comme %1, ce que suggèrent ses caractères</translation>
    </message>
    <message numerus="yes">
        <source>%n byte sequence(s) could not be decoded and are shown as �</source>
        <translation>
            <numerusform>%n séquence d&apos;octets n&apos;a pas pu être décodée et s&apos;affiche sous la forme �</numerusform>
            <numerusform>%n séquences d&apos;octets n&apos;ont pas pu être décodées et s&apos;affichent sous la forme �</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a binary file, not text: only .txt, .md and .html articles can be imported.</source>
        <translation>Ceci est un fichier binaire, pas du texte&#xa0;: seuls les articles .txt, .md et .html peuvent être importés.</translation>
    </message>
</context>
</TS>
