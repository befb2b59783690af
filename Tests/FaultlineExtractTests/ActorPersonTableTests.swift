import XCTest
import FaultlineModel
@testable import FaultlineExtract

/// The person table (`persons.tsv`): one id per well-known person across spellings,
/// surnames, languages and documents; dated codes; title-only mentions named by office.
final class ActorPersonTableTests: XCTestCase {
    func ids(_ r: ActorRecognition, _ text: String) -> Set<String> {
        Set(r.mentions.filter { $0.text == text }.map(\.actor))
    }

    func testSpellingVariantsFoldToOneKey() {
        XCTAssertEqual(PersonNames.key("Zelenskiy"), PersonNames.key("Zelensky"))
        XCTAssertEqual(PersonNames.key("Zelenskyy"), PersonNames.key("Zelensky"))
        XCTAssertEqual(PersonNames.key("Zelenskyi"), PersonNames.key("Zelenski"))
        XCTAssertEqual(PersonNames.key("Dmitriy Peskov"), PersonNames.key("Dmitry Peskov"))
        XCTAssertEqual(PersonNames.key("Sergey Shoygu"), PersonNames.key("Sergei Shoigu"))
        XCTAssertEqual(PersonNames.key("Ivan Nechaev"), PersonNames.key("Ivan Nechayev"))
        XCTAssertEqual(PersonNames.key("Yevgeny Prigozhin"), PersonNames.key("Evgeny Prigozhin"))
        XCTAssertEqual(PersonNames.key("Recep Tayyip Erdoğan"), PersonNames.key("Recep Tayyip Erdogan"))
        XCTAssertEqual(PersonNames.key("Mevlüt Çavuşoğlu"), PersonNames.key("Mevlut Cavusoglu"))
        XCTAssertEqual(PersonNames.key("Kim Jong-un"), PersonNames.key("Kim Jong Un"))
        // Different names stay different.
        XCTAssertNotEqual(PersonNames.key("Lavrov"), PersonNames.key("Lavrova"))
        XCTAssertNotEqual(PersonNames.key("Peskov"), PersonNames.key("Pesko"))
    }

    func testSurnameFullNameAndTransliterationAreOneActor() {
        let en = ActorTestSupport.recognize([
            "Erdogan, Guterres meet Zelenskiy in Lviv.",
            "Turkish President Tayyip Erdogan met Ukrainian President Volodymyr Zelenskiy on Thursday.",
            "Recep Tayyip Erdoğan said he was worried.",
            "Zelensky thanked him.",
        ], language: "en", date: "2022-08-18")
        XCTAssertEqual(ids(en, "Erdogan"), ["recep-tayyip-erdogan"], ActorTestSupport.dump(en))
        XCTAssertEqual(ids(en, "Turkish President Tayyip Erdogan"), ["recep-tayyip-erdogan"])
        XCTAssertEqual(ids(en, "Recep Tayyip Erdoğan"), ["recep-tayyip-erdogan"])
        XCTAssertEqual(ids(en, "Zelenskiy"), ["volodymyr-zelensky"])
        XCTAssertEqual(ids(en, "Zelensky"), ["volodymyr-zelensky"])
        XCTAssertEqual(ids(en, "Guterres"), ["antonio-guterres"])
        XCTAssertEqual(en.code("antonio-guterres"), "IGOUNO")
        XCTAssertEqual(en.actors.filter { $0.kind == .person }.count, 3, ActorTestSupport.dump(en))

        let vi = ActorTestSupport.recognize([
            "Ông Erdogan và ông Guterres tới Lviv.",
            "Tổng thống Zelensky tiếp hai nhà lãnh đạo.",
            "Bà Zakharova phủ nhận thông tin này.",
        ], language: "vi", date: "2022-08-18")
        XCTAssertEqual(vi.code("recep-tayyip-erdogan"), "TURGOV", ActorTestSupport.dump(vi))
        XCTAssertEqual(vi.code("volodymyr-zelensky"), "UKRGOV")
        XCTAssertEqual(vi.code("maria-zakharova"), "RUSGOV")
    }

    func testSurnameAloneOpeningASentenceIsTheKnownPerson() {
        let en = ActorTestSupport.recognize("Kuleba accused Russia of turning the plant into a base.", language: "en")
        XCTAssertEqual(en.code("dmytro-kuleba"), "UKRGOV", ActorTestSupport.dump(en))
        let k = ActorTestSupport.recognize("\"We will not withdraw,\" Konashenkov told reporters.", language: "en")
        XCTAssertEqual(k.code("igor-konashenkov"), "RUSMIL", ActorTestSupport.dump(k))
        // A surname alias is read only as a whole name: `Chad Johnson` is someone else, and a
        // capitalised common word is no person.
        let c = ActorTestSupport.recognize("Chad Johnson signed a new contract with the club.", language: "en")
        XCTAssertTrue(c.actors.allSatisfy { $0.kind != .person && $0.kind != .country }, ActorTestSupport.dump(c))
    }

    func testTitleAloneNamesTheOfficeHolderOnTheDate() {
        let vi = ActorTestSupport.recognize(["Tổng thống Nga và Tổng thống Pháp điện đàm về Ukraine."], language: "vi", date: "2022-08-20")
        XCTAssertEqual(ids(vi, "Tổng thống Nga"), ["vladimir-putin"], ActorTestSupport.dump(vi))
        XCTAssertEqual(ids(vi, "Tổng thống Pháp"), ["emmanuel-macron"])
        let old = ActorTestSupport.recognize(["Tổng thống Pháp kêu gọi ngừng bắn ở Aleppo."], language: "vi", date: "2016-12-15")
        XCTAssertEqual(ids(old, "Tổng thống Pháp"), ["francois-hollande"], ActorTestSupport.dump(old))
        let un = ActorTestSupport.recognize(["Tổng Thư ký LHQ tới thăm Istanbul."], language: "vi", date: "2022-08-20")
        XCTAssertEqual(ids(un, "Tổng Thư ký LHQ"), ["antonio-guterres"], ActorTestSupport.dump(un))
        let ban = ActorTestSupport.recognize(["The U.N. secretary-general called for a ceasefire."], language: "en", date: "2014-05-01")
        XCTAssertEqual(ban.actors.first { $0.kind == .person }?.id, "ban-ki-moon", ActorTestSupport.dump(ban))
        // An institution's own title: the Russian foreign ministry's spokesperson.
        let spox = ActorTestSupport.recognize(["Người phát ngôn Bộ Ngoại giao Nga bác bỏ cáo buộc."], language: "vi", date: "2022-08-16")
        XCTAssertEqual(spox.actors.first { $0.kind == .person }?.id, "maria-zakharova", ActorTestSupport.dump(spox))
        // `the U.N. chief`.
        let chief = ActorTestSupport.recognize(["Today the U.N. chief visits Istanbul."], language: "en", date: "2022-08-20")
        XCTAssertEqual(chief.actors.first { $0.kind == .person }?.id, "antonio-guterres", ActorTestSupport.dump(chief))
        // Without a date, and for a title nobody alone holds, nobody is guessed.
        let none = ActorTestSupport.recognize(["Tổng thống Nga phát biểu."], language: "vi")
        XCTAssertEqual(ids(none, "Tổng thống Nga"), ["russian-president"], ActorTestSupport.dump(none))
        let generic = ActorTestSupport.recognize(["A Russian spokesman denied it."], language: "en", date: "2022-08-16")
        XCTAssertFalse(generic.actors.contains { $0.id == "maria-zakharova" || $0.id == "dmitry-peskov" }, ActorTestSupport.dump(generic))
    }

    func testCodesFollowTheDateAndTheText() {
        let before = ActorTestSupport.recognize(["Dmytro Kuleba met diplomats."], language: "en", date: "2022-08-18")
        XCTAssertEqual(before.code("dmytro-kuleba"), "UKRGOV")
        let assad = ActorTestSupport.recognize(["Assad spoke to reporters."], language: "en", date: "2016-12-15")
        XCTAssertEqual(assad.code("bashar-al-assad"), "SYRGOV", ActorTestSupport.dump(assad))
        let ousted = ActorTestSupport.recognize(["Assad spoke to reporters."], language: "en", date: "2025-03-01")
        XCTAssertEqual(ousted.code("bashar-al-assad"), "SYRELI", ActorTestSupport.dump(ousted))
        // The text's own title in the person's country wins over a doubtful document date.
        let yeltsin = ActorTestSupport.recognize(["Russian President Boris Yeltsin met the delegation."], language: "en", date: "2000-01-01")
        XCTAssertEqual(yeltsin.code("boris-yeltsin"), "RUSGOV", ActorTestSupport.dump(yeltsin))
        // `former` puts a known person out of office.
        let former = ActorTestSupport.recognize(["Former President Petro Poroshenko criticised the deal."], language: "en", date: "2022-08-18")
        XCTAssertEqual(former.code("petro-poroshenko"), "UKRELI", ActorTestSupport.dump(former))
    }

    func testAmbiguousNamesAreResolvedByWhoHeldOfficeOnTheDate() {
        let w = ActorTestSupport.recognize(["President Bush has threatened further action against Russia."], language: "en", date: "2003-05-01")
        XCTAssertEqual(w.code("george-w-bush"), "USAGOV", ActorTestSupport.dump(w))
        let hw = ActorTestSupport.recognize(["President Bush has threatened further action against Iraq."], language: "en", date: "1990-09-01")
        XCTAssertEqual(hw.code("george-h-w-bush"), "USAGOV", ActorTestSupport.dump(hw))
        // Nobody named Bush in office: no guess.
        let none = ActorTestSupport.recognize(["Bush spoke at the library."], language: "en", date: "2016-05-01")
        XCTAssertFalse(none.actors.contains { $0.id.contains("bush") && $0.kind == .person && $0.code != nil }, ActorTestSupport.dump(none))
    }

    func testAPersonsAdministrationIsTheirGovernment() {
        let r = ActorTestSupport.recognize(["The Bush administration declared that China must drop barriers."], language: "en", date: "2002-03-01")
        XCTAssertEqual(r.code("american-government"), "USAGOV", ActorTestSupport.dump(r))
    }

    func testSameIdAcrossDocumentsAndLanguages() {
        let a = ActorTestSupport.recognize(["Ngoại trưởng Ukraine Dmytro Kuleba cáo buộc Nga."], language: "vi", date: "2022-08-14")
        let b = ActorTestSupport.recognize(["Foreign Minister Dmytro Kuleba met his Turkish counterpart."], language: "en", date: "2022-08-18")
        let c = ActorTestSupport.recognize(["Kuleba said the talks went well."], language: "en", date: "2022-08-19")
        for r in [a, b, c] { XCTAssertEqual(r.code("dmytro-kuleba"), "UKRGOV", ActorTestSupport.dump(r)) }
    }

    func testPersonTableLinesAreValidated() {
        var lex = ActorLexicon()
        let errors = lex.load(tsvText: """
        # name\tcodes\toffices\taliases
        Jane Roe\tFRAGOV@2020-01-01..\tforeign minister/FRA@2020-01-01..\tRoe
        Bad Code\tXX\t-\t-
        Bad Office\tFRAGOV\tforeign minister@2020\t-
        Bad Date\tFRAGOV@2020-13-01..\t-\t-
        Too Few\tFRAGOV
        John Doe\tUKRGOV\t-\tDoe|J. Doe
        """, file: "persons-extra.tsv")
        XCTAssertEqual(errors.map(\.line), [3, 4, 5, 6], errors.map(\.description).joined(separator: "\n"))
        XCTAssertTrue(errors.allSatisfy { $0.file == "persons-extra.tsv" })
        XCTAssertEqual(lex.persons.map(\.name), ["Jane Roe", "John Doe"])
        XCTAssertEqual(lex.knownPerson(named: "Roe").map { lex.persons[$0].name }, "Jane Roe")
        XCTAssertEqual(lex.officeHolder(keys: ["foreign minister"], code: "FRA", on: 20210101).map { lex.persons[$0].name }, "Jane Roe")
        XCTAssertNil(lex.officeHolder(keys: ["foreign minister"], code: "FRA", on: 20190101))
    }

    /// `personsByOneWordName` answers a one-word name as the two tables did, read in turn:
    /// the one-word alias first, else a name key (every key of either table, none more).
    func testOneWordNameTableMergesBothTables() throws {
        for language in ["en", "vi"] {
            let lex = try ActorLexicon.builtIn(language: language)
            XCTAssertFalse(lex.personsBySingleName.isEmpty, language)
            let keys = Set(lex.personsBySingleName.keys).union(lex.personsByName.keys)
            XCTAssertEqual(Set(lex.personsByOneWordName.keys), keys, language)
            for key in keys {
                XCTAssertEqual(lex.personsByOneWordName[key], lex.personsBySingleName[key] ?? lex.personsByName[key], key)
            }
        }
        var lex = ActorLexicon()
        _ = lex.load(tsvText: """
        # name\tcodes\toffices\taliases
        Jane Roe\tFRAGOV\t-\tRoe
        Roe\tUKRGOV\t-\t-
        """, file: "persons-extra.tsv")
        // `Roe` is one person's alias and the other's whole name: both, hence ambiguous.
        XCTAssertEqual(lex.personsByOneWordName[PersonNames.key("Roe")], [0, 1])
        XCTAssertNil(lex.knownPerson(named: "Roe"))
        XCTAssertEqual(lex.knownPerson(named: "Jane Roe").map { lex.persons[$0].name }, "Jane Roe")
    }
}
