#include "segmentationwords.h"

#include <algorithm>
#include <vector>

namespace Sourcelight {
namespace {

constexpr quint8 En = SegmentationWords::En;
constexpr quint8 Ru = SegmentationWords::Ru;
constexpr quint8 Uk = SegmentationWords::Uk;
constexpr quint8 Cyr = SegmentationWords::Cyr;

constexpr quint8 Title = SegmentationWords::JoinAlways;
constexpr quint8 Number = SegmentationWords::JoinBeforeNumber;
constexpr quint8 Weak = SegmentationWords::JoinUnlessStarter;
constexpr quint8 Trailing = SegmentationWords::Trailing;
// Wire copy abbreviates a month only before a day ("Feb. 12"), so before a word the full stop ends the sentence.
constexpr quint8 Month = SegmentationWords::JoinBeforeNumber;
// "г. Москва" is a place, "2020 г. В…" a year that ends the sentence.
constexpr quint8 Place
    = SegmentationWords::JoinAlways | SegmentationWords::JoinBeforeNumber | SegmentationWords::UnitAfterNumber;

struct Entry
{
    QStringView text;
    quint8 flags;
    quint8 languages;
};

// Lower-case Cyrillic entries also match capitalised at the start of a sentence ("Ул. Ленина"), as do the
// lower-case Latin ones ("E.g."); capitalised entries match only as written ("No." is not "no.").
// clang-format off
const Entry abbreviations[] = {
    // English titles and ranks
    {u"Adm", Title, En}, {u"Amb", Title, En}, {u"Atty", Title, En}, {u"Brig", Title, En}, {u"Capt", Title, En},
    {u"Cdr", Title, En}, {u"Cmdr", Title, En}, {u"Col", Title, En}, {u"Cpl", Title, En}, {u"Cpt", Title, En},
    {u"Det", Title, En}, {u"Dr", Title, En}, {u"Drs", Title, En}, {u"Fr", Title, En}, {u"Ft", Title, En},
    {u"Gen", Title, En}, {u"Gens", Title, En}, {u"Gov", Title, En}, {u"Govs", Title, En}, {u"Hon", Title, En},
    {u"Insp", Title, En}, {u"Lt", Title, En}, {u"Maj", Title, En}, {u"Messrs", Title, En}, {u"Mlle", Title, En},
    {u"Mme", Title, En}, {u"Mmes", Title, En}, {u"Mr", Title, En}, {u"Mrs", Title, En}, {u"Ms", Title, En},
    {u"Msgr", Title, En}, {u"Mt", Title, En}, {u"Mx", Title, En}, {u"Pfc", Title, En}, {u"Pres", Title, En},
    {u"Prof", Title, En}, {u"Pvt", Title, En}, {u"Rep", Title, En}, {u"Reps", Title, En}, {u"Rev", Title, En},
    {u"Rt", Title, En}, {u"Sen", Title, En}, {u"Sens", Title, En}, {u"Sgt", Title, En}, {u"Spc", Title, En},
    {u"Supt", Title, En},
    // English words that introduce what follows
    {u"approx", Title | Number, En}, {u"cf", Title, En}, {u"e.g", Title, En}, {u"esp", Title, En},
    {u"i.e", Title, En}, {u"incl", Title | Number, En}, {u"v", Title, En}, {u"viz", Title, En},
    {u"vs", Title | Number, En},
    // English references followed by a number
    {u"Apt", Number, En}, {u"Art", Number, En}, {u"Arts", Number, En}, {u"Bldg", Number, En}, {u"Ch", Number, En},
    {u"Fig", Number, En}, {u"Figs", Number, En}, {u"No", Number, En}, {u"Nos", Number, En}, {u"Nr", Number, En},
    {u"Para", Number, En}, {u"Pt", Number, En}, {u"Rm", Number, En}, {u"Sec", Title | Number, En},
    {u"Ste", Number, En}, {u"Vol", Number, En}, {u"Vols", Number, En}, {u"art", Number, En}, {u"c", Number, En},
    {u"ca", Number, En}, {u"ch", Number, En}, {u"est", Number, En}, {u"fig", Number, En}, {u"figs", Number, En},
    {u"nr", Number, En}, {u"op", Number, En}, {u"p", Number, En}, {u"para", Number, En}, {u"pp", Number, En},
    {u"pt", Number, En}, {u"ref", Number, En}, {u"sec", Number, En}, {u"tel", Number, En}, {u"vol", Number, En},
    // English company, name and place suffixes: join a following name, not "The", "He"…
    {u"Assn", Weak, En}, {u"Ave", Weak, En}, {u"Blvd", Weak, En}, {u"Bros", Weak, En}, {u"Co", Weak, En},
    {u"Corp", Weak, En}, {u"Cos", Weak, En}, {u"Dept", Weak, En}, {u"Hwy", Weak, En}, {u"Inc", Weak, En},
    {u"Jr", Weak, En}, {u"Ltd", Weak, En}, {u"Plc", Weak, En}, {u"Rd", Weak, En}, {u"Sq", Weak, En},
    {u"Sr", Weak, En}, {u"Esq", Weak, En}, {u"Ret", Weak, En}, {u"ret", Weak, En}, {u"St", Weak, En}, {u"Univ", Weak, En}, {u"al", Weak, En},
    // US states as wire copy abbreviates them ("Springfield, Ill.")
    {u"Ala", Weak, En}, {u"Ariz", Weak, En}, {u"Ark", Weak, En}, {u"Calif", Weak, En}, {u"Colo", Weak, En},
    {u"Conn", Weak, En}, {u"Del", Weak, En}, {u"Fla", Weak, En}, {u"Ga", Weak, En}, {u"Ill", Weak, En},
    {u"Ind", Weak, En}, {u"Kan", Weak, En}, {u"Ky", Weak, En}, {u"La", Weak, En}, {u"Mass", Weak, En},
    {u"Md", Weak, En}, {u"Mich", Weak, En}, {u"Minn", Weak, En}, {u"Miss", Weak, En}, {u"Mo", Weak, En},
    {u"Mont", Weak, En}, {u"Neb", Weak, En}, {u"Nev", Weak, En}, {u"Okla", Weak, En}, {u"Ore", Weak, En},
    {u"Pa", Weak, En}, {u"Tenn", Weak, En}, {u"Va", Weak, En}, {u"Vt", Weak, En}, {u"Wash", Weak, En},
    {u"Wis", Weak, En}, {u"Wyo", Weak, En},
    // months and weekdays
    {u"Apr", Month, En}, {u"Aug", Month, En}, {u"Dec", Month, En}, {u"Feb", Month, En}, {u"Jan", Month, En},
    {u"Jul", Month, En}, {u"Jun", Month, En}, {u"Mar", Month, En}, {u"Nov", Month, En}, {u"Oct", Month, En},
    {u"Sep", Month, En}, {u"Sept", Month, En}, {u"Fri", Weak, En}, {u"Mon", Weak, En}, {u"Sat", Weak, En},
    {u"Sun", Weak, En}, {u"Thu", Weak, En}, {u"Thur", Weak, En}, {u"Thurs", Weak, En}, {u"Tue", Weak, En},
    {u"Tues", Weak, En}, {u"Wed", Weak, En},
    // Russian and Ukrainian: titles, places and words that introduce what follows
    {u"акад", Title, Cyr}, {u"бул", Title, Cyr}, {u"ген", Title, Cyr}, {u"гр", Title, Ru}, {u"див", Title, Uk},
    {u"доц", Title, Cyr}, {u"зам", Title, Cyr}, {u"им", Title, Ru}, {u"ім", Title, Uk}, {u"лейт", Title, Cyr},
    {u"наб", Title, Cyr}, {u"напр", Title, Cyr}, {u"о", Title, Cyr}, {u"оз", Title, Cyr}, {u"пер", Title, Ru},
    {u"пл", Title, Cyr}, {u"полк", Title, Cyr}, {u"пор", Title, Uk}, {u"пос", Title, Ru}, {u"проф", Title, Cyr},
    {u"пров", Title, Uk}, {u"просп", Title, Cyr}, {u"св", Title, Cyr}, {u"ср", Title, Ru}, {u"т.е", Title, Ru},
    {u"т.зв", Title, Uk}, {u"т.к", Title, Ru}, {u"т.н", Title, Ru}, {u"т.ч", Title, Ru}, {u"тов", Title, Ru},
    {u"ул", Title, Ru}, {u"вул", Title, Uk}, {u"пгт", Title, Ru}, {u"смт", Title, Uk},
    {u"авт", Title, Cyr}, {u"англ", Title, Cyr}, {u"вид", Title, Uk}, {u"изд", Title, Ru}, {u"кн", Title, Cyr},
    {u"лат", Title, Cyr}, {u"нем", Title, Ru}, {u"нім", Title, Uk}, {u"ок", Title | Number, Ru}, {u"ред", Title, Cyr},
    {u"рос", Title, Uk}, {u"рус", Title, Ru}, {u"сост", Title, Ru}, {u"укр", Title, Cyr}, {u"упор", Title, Uk},
    {u"фр", Title, Cyr}, {u"франц", Title, Ru},
    // Russian and Ukrainian: ambiguous between a place or title and a unit after a number
    {u"г", Place, Ru}, {u"д", Place, Ru}, {u"м", Place, Cyr}, {u"пр", Place, Ru}, {u"р", Place, Cyr},
    {u"с", Place, Cyr}, {u"см", Place, Ru}, {u"ст", Place, Cyr},
    // Russian and Ukrainian: references and units followed by a number
    {u"в", Number, Cyr}, {u"вв", Number, Ru}, {u"гг", Number, Ru}, {u"гл", Number, Cyr}, {u"грн", Number, Cyr},
    {u"долл", Number, Cyr}, {u"коп", Number, Cyr}, {u"кв", Number, Cyr}, {u"млн", Number, Cyr},
    {u"млрд", Number, Cyr}, {u"п", Number, Cyr}, {u"рис", Number, Cyr}, {u"рр", Number, Uk}, {u"руб", Number, Ru},
    {u"стр", Number, Ru}, {u"т", Number, Cyr}, {u"табл", Number, Cyr}, {u"тис", Number, Uk}, {u"трлн", Number, Cyr},
    {u"тыс", Number, Ru}, {u"ч", Number, Cyr},
    // Russian and Ukrainian: parts of addresses and documents followed by a number
    {u"абз", Number, Cyr}, {u"буд", Number, Uk}, {u"корп", Number, Cyr}, {u"оф", Number, Cyr}, {u"пп", Number, Cyr},
    {u"разд", Number, Ru}, {u"розд", Number, Uk}, {u"стор", Number, Uk}, {u"эт", Number, Ru},
    // Russian and Ukrainian months, abbreviated before a day or a year ("5 сент. 2023 г.")
    {u"авг", Month, Ru}, {u"апр", Month, Ru}, {u"дек", Month, Ru}, {u"окт", Month, Ru}, {u"нояб", Month, Ru},
    {u"сент", Month, Ru}, {u"февр", Month, Ru}, {u"янв", Month, Ru}, {u"бер", Month, Uk}, {u"вер", Month, Uk},
    {u"груд", Month, Uk}, {u"жовт", Month, Uk}, {u"квіт", Month, Uk}, {u"лип", Month, Uk}, {u"лист", Month, Uk},
    {u"лют", Month, Uk}, {u"серп", Month, Uk}, {u"січ", Month, Uk}, {u"трав", Month, Uk}, {u"черв", Month, Uk},
    // Russian and Ukrainian: end clauses ("и т.д. Кроме того…")
    {u"н.е", Trailing, Uk}, {u"н.э", Trailing, Ru}, {u"т.д", Trailing, Cyr}, {u"т.п", Trailing, Cyr},
};

// Capitalised words that usually start a sentence. After an initial, an acronym or a weak abbreviation they mean
// the full stop ended the sentence ("in the U.S. The next day"); any other capitalised word continues a name
// ("the U.S. Navy", "John F. Kennedy").
const Entry sentenceStarters[] = {
    {u"A", 0, En}, {u"About", 0, En}, {u"According", 0, En}, {u"After", 0, En}, {u"Again", 0, En},
    {u"Against", 0, En}, {u"All", 0, En}, {u"Also", 0, En}, {u"Although", 0, En}, {u"Among", 0, En}, {u"An", 0, En},
    {u"And", 0, En}, {u"Another", 0, En}, {u"Any", 0, En}, {u"As", 0, En}, {u"At", 0, En}, {u"Because", 0, En},
    {u"Before", 0, En}, {u"Both", 0, En}, {u"But", 0, En}, {u"By", 0, En}, {u"Despite", 0, En}, {u"During", 0, En},
    {u"Each", 0, En}, {u"Earlier", 0, En}, {u"Either", 0, En}, {u"Even", 0, En}, {u"Every", 0, En},
    {u"Finally", 0, En}, {u"For", 0, En}, {u"From", 0, En}, {u"Furthermore", 0, En}, {u"He", 0, En}, {u"Her", 0, En},
    {u"Here", 0, En}, {u"His", 0, En}, {u"How", 0, En}, {u"However", 0, En}, {u"I", 0, En}, {u"If", 0, En},
    {u"In", 0, En}, {u"Indeed", 0, En}, {u"Instead", 0, En}, {u"It", 0, En}, {u"Its", 0, En}, {u"Last", 0, En},
    {u"Later", 0, En}, {u"Many", 0, En}, {u"Meanwhile", 0, En}, {u"Moreover", 0, En}, {u"Most", 0, En},
    {u"Much", 0, En}, {u"My", 0, En}, {u"Neither", 0, En}, {u"Nevertheless", 0, En}, {u"Next", 0, En}, {u"No", 0, En},
    {u"Nonetheless", 0, En}, {u"Not", 0, En}, {u"Now", 0, En}, {u"On", 0, En}, {u"One", 0, En}, {u"Only", 0, En},
    {u"Or", 0, En}, {u"Other", 0, En}, {u"Our", 0, En}, {u"Over", 0, En}, {u"Several", 0, En}, {u"She", 0, En},
    {u"Since", 0, En}, {u"So", 0, En}, {u"Some", 0, En}, {u"Still", 0, En}, {u"Such", 0, En}, {u"That", 0, En},
    {u"The", 0, En}, {u"Their", 0, En}, {u"Then", 0, En}, {u"There", 0, En}, {u"These", 0, En}, {u"They", 0, En},
    {u"This", 0, En}, {u"Those", 0, En}, {u"Though", 0, En}, {u"Three", 0, En}, {u"Thus", 0, En}, {u"To", 0, En},
    {u"Today", 0, En}, {u"Two", 0, En}, {u"Under", 0, En}, {u"Unlike", 0, En}, {u"Until", 0, En}, {u"We", 0, En},
    {u"What", 0, En}, {u"When", 0, En}, {u"Where", 0, En}, {u"Whether", 0, En}, {u"Which", 0, En}, {u"While", 0, En},
    {u"Who", 0, En}, {u"Why", 0, En}, {u"With", 0, En}, {u"Without", 0, En}, {u"Yesterday", 0, En}, {u"Yet", 0, En},
    {u"You", 0, En},
    // groups that open wire-copy sentences and are not written capitalised inside a name: "…in D.C. Police said"
    {u"Analysts", 0, En}, {u"Authorities", 0, En}, {u"Critics", 0, En}, {u"Doctors", 0, En}, {u"Experts", 0, En},
    {u"Investigators", 0, En}, {u"Lawmakers", 0, En}, {u"Officials", 0, En}, {u"Police", 0, En},
    {u"Prices", 0, En}, {u"Prosecutors", 0, En}, {u"Protesters", 0, En}, {u"Rescuers", 0, En},
    {u"Residents", 0, En}, {u"Shares", 0, En}, {u"Soldiers", 0, En}, {u"Sources", 0, En}, {u"Troops", 0, En},
    {u"Voters", 0, En}, {u"Witnesses", 0, En},
    // auxiliaries opening questions: "…you and I. Did you see…"
    {u"Are", 0, En}, {u"Can", 0, En}, {u"Could", 0, En}, {u"Did", 0, En}, {u"Do", 0, En}, {u"Does", 0, En},
    {u"Had", 0, En}, {u"Has", 0, En}, {u"Have", 0, En}, {u"Is", 0, En}, {u"Let", 0, En}, {u"Should", 0, En},
    {u"Was", 0, En}, {u"Were", 0, En}, {u"Will", 0, En}, {u"Would", 0, En},
    // shared by Russian and Ukrainian
    {u"А", 0, Cyr}, {u"В", 0, Cyr}, {u"До", 0, Cyr}, {u"За", 0, Cyr}, {u"На", 0, Cyr}, {u"Не", 0, Cyr},
    {u"По", 0, Cyr}, {u"При", 0, Cyr}, {u"Так", 0, Cyr}, {u"Там", 0, Cyr}, {u"Та", 0, Cyr}, {u"У", 0, Cyr},
    {u"Я", 0, Cyr},
    // Russian
    {u"Будет", 0, Ru}, {u"Во", 0, Ru}, {u"Вот", 0, Ru}, {u"Впрочем", 0, Ru}, {u"Все", 0, Ru}, {u"Всё", 0, Ru},
    {u"Вчера", 0, Ru}, {u"Где", 0, Ru}, {u"Даже", 0, Ru}, {u"Для", 0, Ru}, {u"Его", 0, Ru}, {u"Ее", 0, Ru},
    {u"Её", 0, Ru}, {u"Если", 0, Ru}, {u"Затем", 0, Ru}, {u"И", 0, Ru}, {u"Из", 0, Ru}, {u"Известно", 0, Ru},
    {u"Их", 0, Ru}, {u"К", 0, Ru}, {u"Как", 0, Ru}, {u"Когда", 0, Ru}, {u"Кроме", 0, Ru}, {u"Кстати", 0, Ru},
    {u"Между", 0, Ru}, {u"Мы", 0, Ru}, {u"Напомним", 0, Ru}, {u"Но", 0, Ru}, {u"О", 0, Ru}, {u"Однако", 0, Ru},
    {u"Он", 0, Ru}, {u"Она", 0, Ru}, {u"Они", 0, Ru}, {u"Оно", 0, Ru}, {u"От", 0, Ru}, {u"Отмечается", 0, Ru},
    {u"Позже", 0, Ru}, {u"После", 0, Ru}, {u"Потом", 0, Ru}, {u"Поэтому", 0, Ru}, {u"Ранее", 0, Ru}, {u"С", 0, Ru},
    {u"Сегодня", 0, Ru}, {u"Сейчас", 0, Ru}, {u"Согласно", 0, Ru}, {u"Также", 0, Ru}, {u"Теперь", 0, Ru},
    {u"Тогда", 0, Ru}, {u"Только", 0, Ru}, {u"Уже", 0, Ru}, {u"Хотя", 0, Ru}, {u"Что", 0, Ru}, {u"Это", 0, Ru},
    {u"Эта", 0, Ru}, {u"Эти", 0, Ru}, {u"Этот", 0, Ru},
    // Ukrainian
    {u"Але", 0, Uk}, {u"Вже", 0, Uk}, {u"Вони", 0, Uk}, {u"Вона", 0, Uk}, {u"Воно", 0, Uk}, {u"Втім", 0, Uk},
    {u"Вчора", 0, Uk}, {u"Від", 0, Uk}, {u"Він", 0, Uk}, {u"Де", 0, Uk}, {u"Для", 0, Uk}, {u"З", 0, Uk},
    {u"Зараз", 0, Uk}, {u"Згідно", 0, Uk}, {u"Зокрема", 0, Uk}, {u"Зі", 0, Uk}, {u"Його", 0, Uk}, {u"Коли", 0, Uk},
    {u"Крім", 0, Uk}, {u"Ми", 0, Uk}, {u"Між", 0, Uk}, {u"Навіть", 0, Uk}, {u"Нагадаємо", 0, Uk}, {u"Наразі", 0, Uk},
    {u"Однак", 0, Uk}, {u"Потім", 0, Uk}, {u"Проте", 0, Uk}, {u"Після", 0, Uk}, {u"Пізніше", 0, Uk},
    {u"Раніше", 0, Uk}, {u"Сьогодні", 0, Uk}, {u"Також", 0, Uk}, {u"Тепер", 0, Uk}, {u"Тоді", 0, Uk},
    {u"Тому", 0, Uk}, {u"Ті", 0, Uk}, {u"Тільки", 0, Uk}, {u"Хоча", 0, Uk}, {u"Це", 0, Uk}, {u"Цей", 0, Uk},
    {u"Ця", 0, Uk}, {u"Ці", 0, Uk}, {u"Що", 0, Uk}, {u"Як", 0, Uk}, {u"Якщо", 0, Uk}, {u"І", 0, Uk}, {u"Із", 0, Uk},
    {u"Її", 0, Uk}, {u"Їх", 0, Uk},
};

// Speech verbs that, after a capitalised name, make a quoted exclamation one sentence with its attribution:
// '"Stop!" Kirby shouted.'
const Entry speechVerbs[] = {
    {u"added", 0, En}, {u"announced", 0, En}, {u"answered", 0, En}, {u"asked", 0, En}, {u"asks", 0, En},
    {u"barked", 0, En}, {u"begged", 0, En}, {u"called", 0, En}, {u"chanted", 0, En}, {u"commanded", 0, En},
    {u"confirmed", 0, En}, {u"continued", 0, En}, {u"cried", 0, En}, {u"declared", 0, En}, {u"demanded", 0, En},
    {u"exclaimed", 0, En}, {u"explained", 0, En}, {u"insisted", 0, En}, {u"muttered", 0, En}, {u"noted", 0, En},
    {u"ordered", 0, En}, {u"pleaded", 0, En}, {u"protested", 0, En}, {u"recalled", 0, En}, {u"repeated", 0, En},
    {u"replied", 0, En}, {u"responded", 0, En}, {u"roared", 0, En}, {u"said", 0, En}, {u"says", 0, En},
    {u"screamed", 0, En}, {u"shouted", 0, En}, {u"shouts", 0, En}, {u"snapped", 0, En}, {u"stated", 0, En},
    {u"told", 0, En}, {u"urged", 0, En}, {u"warned", 0, En}, {u"whispered", 0, En}, {u"wondered", 0, En},
    {u"wrote", 0, En}, {u"writes", 0, En}, {u"yelled", 0, En},
    {u"воскликнул", 0, Ru}, {u"воскликнула", 0, Ru}, {u"возразил", 0, Ru}, {u"добавил", 0, Ru},
    {u"добавила", 0, Ru}, {u"заявил", 0, Ru}, {u"заявила", 0, Ru}, {u"закричал", 0, Ru}, {u"крикнул", 0, Ru},
    {u"крикнула", 0, Ru}, {u"написал", 0, Ru}, {u"написала", 0, Ru}, {u"ответил", 0, Ru}, {u"ответила", 0, Ru},
    {u"отметил", 0, Ru}, {u"отметила", 0, Ru}, {u"подтвердил", 0, Ru}, {u"подчеркнул", 0, Ru},
    {u"пояснил", 0, Ru}, {u"приказал", 0, Ru}, {u"сказал", 0, Cyr}, {u"сказала", 0, Cyr},
    {u"скомандовал", 0, Ru}, {u"сообщил", 0, Ru}, {u"спросил", 0, Ru}, {u"спросила", 0, Ru},
    {u"уточнил", 0, Ru},
    {u"вигукнув", 0, Uk}, {u"відповів", 0, Uk}, {u"відповіла", 0, Uk}, {u"додав", 0, Uk}, {u"додала", 0, Uk},
    {u"заперечив", 0, Uk}, {u"закричав", 0, Uk}, {u"заявив", 0, Uk}, {u"запитав", 0, Uk}, {u"запитала", 0, Uk},
    {u"зазначив", 0, Uk}, {u"зазначила", 0, Uk}, {u"крикнув", 0, Uk}, {u"наголосив", 0, Uk}, {u"наказав", 0, Uk},
    {u"написав", 0, Uk}, {u"пояснив", 0, Uk}, {u"повідомив", 0, Uk}, {u"підтвердив", 0, Uk}, {u"сказав", 0, Uk},
    {u"скомандував", 0, Uk}, {u"уточнив", 0, Uk},
};
// clang-format on

/// A word list sorted once for binary search.
class WordTable final
{
public:
    template<qsizetype N>
    explicit WordTable(const Entry (&entries)[N])
        : m_entries(entries, entries + N)
    {
        std::sort(m_entries.begin(), m_entries.end(), [](const Entry &a, const Entry &b) { return a.text < b.text; });
    }

    const Entry *find(QStringView word, quint8 mask) const
    {
        auto it = std::lower_bound(
            m_entries.cbegin(), m_entries.cend(), word, [](const Entry &e, QStringView w) { return e.text < w; });
        for (; it != m_entries.cend() && it->text == word; ++it) {
            if (it->languages & mask) {
                return &*it;
            }
        }
        return nullptr;
    }

private:
    std::vector<Entry> m_entries;
};

const WordTable &abbreviationTable()
{
    static const WordTable table(abbreviations);
    return table;
}

} // namespace

std::optional<quint8> SegmentationWords::abbreviation(QStringView word, quint8 languageMask)
{
    const WordTable &table = abbreviationTable();
    if (const Entry *entry = table.find(word, languageMask)) {
        return entry->flags;
    }
    constexpr qsizetype MaxLength = 16;
    if (word.isEmpty() || word.size() > MaxLength || !word.front().isUpper()) {
        return std::nullopt;
    }
    char16_t lowered[MaxLength];
    lowered[0] = word.front().toLower().unicode();
    std::copy(word.utf16() + 1, word.utf16() + word.size(), lowered + 1);
    const QStringView decapitalised(lowered, word.size());
    // Only lower-case entries: "NO" must not become "nO", and a capitalised entry already had its exact match.
    if (const Entry *entry = table.find(decapitalised, languageMask)) {
        return entry->flags;
    }
    return std::nullopt;
}

bool SegmentationWords::startsSentence(QStringView word, quint8 languageMask)
{
    static const WordTable table(sentenceStarters);
    return table.find(word, languageMask) != nullptr;
}

bool SegmentationWords::isSpeechVerb(QStringView word, quint8 languageMask)
{
    static const WordTable table(speechVerbs);
    return table.find(word, languageMask) != nullptr;
}

} // namespace Sourcelight
