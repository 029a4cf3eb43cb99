// Language detection by script, distinguishing letters and common words: what the importer and
// `sourcelight analyze --lang auto` rely on to pick the segmentation and cue rules.
#include "languagedetector.h"

#include <QTest>

using namespace Sourcelight;
using namespace Qt::StringLiterals;

class LanguageDetectorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detect_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // language code

        QTest::newRow("english") << u"U.S. officials said the convoy was hit on Monday."_s << u"en"_s;
        QTest::newRow("english with accents") << u"The café owner, José Núñez, said nothing."_s << u"en"_s;
        QTest::newRow("russian by letters") << u"Мы обсудили этот вопрос с коллегами."_s << u"ru"_s;
        QTest::newRow("ukrainian by letters") << u"Її позиція є незмінною, наголосив речник."_s << u"uk"_s;
        QTest::newRow("russian by words only") << u"Он сказал, что это был удар по складу."_s << u"ru"_s;
        QTest::newRow("ukrainian by words only") << u"Він сказав, що це був удар по складу."_s << u"uk"_s;
        QTest::newRow("ukrainian without its own letters")
            << u"Виступ запланували на 12 лист. Його перенесли."_s << u"uk"_s;
        QTest::newRow("russian without its own letters")
            << u"Выступление перенесли на 12 ноября. Его отложили."_s << u"ru"_s;
        QTest::newRow("russian ё") << u"Всё решено."_s << u"ru"_s;
        QTest::newRow("ukrainian ґ") << u"Ґанок обвалився."_s << u"uk"_s;
        QTest::newRow("russian quoting a Ukrainian name")
            << u"Как сообщает агентство, министр Кулеба заявил, что переговоры были сорваны. Это подтвердили в Кремле."_s
            << u"ru"_s;
        QTest::newRow("ukrainian quoting a Russian phrase")
            << u"Як повідомляє агентство, речник назвав це «спецоперацией». Також він додав, що відповідь буде."_s
            << u"uk"_s;
        QTest::newRow("mostly cyrillic with latin names")
            << u"Reuters и Bloomberg сообщили, что переговоры продолжатся в четверг вечером."_s << u"ru"_s;
        QTest::newRow("mostly latin with a cyrillic quote")
            << u"The sign read «Слава» in large letters, according to witnesses at the scene."_s << u"en"_s;
        QTest::newRow("ukrainian apostrophe") << u"П'ятеро людей отримали поранення, повідомили в ОВА."_s << u"uk"_s;
        QTest::newRow("digits and punctuation only") << u"12:30 — 14:00, 5%."_s << u"und"_s;
        QTest::newRow("empty") << QString() << u"und"_s;
        QTest::newRow("emoji only") << u"\U0001F525\U0001F680 !!!"_s << u"und"_s;
        QTest::newRow("other script only") << u"Αθήνα"_s << u"und"_s;
    }

    void detect()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(languageCode(LanguageDetector::detect(text)), expected);
    }

    void samplesOnlyTheBeginning()
    {
        // A long Ukrainian article followed by a Russian appendix is still Ukrainian: only ~64 KB are read.
        QString text;
        while (text.size() < 40000) {
            text += u"Він зазначив, що ситуація залишається складною. "_s;
        }
        QString appendix;
        while (appendix.size() < 200000) {
            appendix += u"Это было сказано ещё в прошлом году. "_s;
        }
        QCOMPARE(LanguageDetector::detect(text + appendix), Language::Ukrainian);
        QCOMPARE(LanguageDetector::detect(appendix + text), Language::Russian);
    }
};

QTEST_GUILESS_MAIN(LanguageDetectorTest)
#include "languagedetector_test.moc"
