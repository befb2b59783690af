import XCTest
import FaultlineModel
@testable import FaultlineExtract

/// PETRARCH-2 / Phoenix dictionaries: syntax, dated roles, agents, malformed lines, speed.
final class ActorPetrarchTests: XCTestCase {
    let actorsText = """
    # test dictionary
    NORTHLAND_  [NLX]
    +NORTHLANDER_
    +NORTH_CITY_

    JOHN_EXAMPLE_  # a person with dated roles
    +J._EXAMPLE_
    \t[NLXELI 900101-991231]
    \t[NLXGOV 20000101-20101231]
    \t[NLXOPP >20110101]

    RIVER_FRONT_
    +RIVER_FRONT_FIGHTERS_
    \t[NLXREB]

    OLD_NAME_
    NEW_NAME_ [IGOXYZ]

    BAD_DATE_
    \t[NLXGOV 2004017-20061201]
    \t[NLXGOV]
    +
    \tno code here
    BROKEN_ [NLXGOV
    """

    func recognizer(with text: String, file: String = "test.actors.txt") -> (ActorRecognizer, [LexiconError]) {
        var lex = ActorLexicon()
        _ = lex.load(tsvText: "NLX\tNorthland\tNorthlandish\n", file: "country-codes.tsv")
        let errors = lex.loadPetrarchActors(text: text, file: file)
        return (ActorRecognizer(lexicons: ["en": lex]), errors)
    }

    func testActorsSynonymsAndDatedRoles() {
        let (rec, _) = recognizer(with: actorsText)
        func run(_ s: String, _ date: String?) -> ActorRecognition {
            rec.recognize(ActorTestSupport.sentences([s]), language: "en", date: date)
        }
        XCTAssertEqual(run("North City was quiet.", nil).code("northland"), "NLX")
        XCTAssertEqual(run("Delegates from Northlander groups left.", nil).actor(id: "northland")?.kind, .country)
        // Dated roles are chosen by the event date.
        XCTAssertEqual(run("John Example spoke.", "1995-06-01").code("john-example"), "NLXELI")
        XCTAssertEqual(run("John Example spoke.", "2005-06-01").code("john-example"), "NLXGOV")
        XCTAssertEqual(run("John Example spoke.", "2016-12-15").code("john-example"), "NLXOPP")
        XCTAssertEqual(run("J. Example spoke.", "2005-06-01").actors.first?.code, "NLXGOV")
        // A code on an indented line; synonyms share it.
        XCTAssertEqual(run("River Front Fighters attacked.", nil).actors.first?.code, "NLXREB")
        // A phrase without a code joins the next code given (PETRARCH semantics).
        XCTAssertEqual(run("Old Name met.", nil).actors.first?.code, "IGOXYZ")
    }

    func testMalformedDictionaryLinesNameFileAndLine() {
        let (rec, errors) = recognizer(with: actorsText)
        XCTAssertEqual(errors.map(\.line), [20, 22, 23, 24], errors.map(\.description).joined(separator: "\n"))
        XCTAssertTrue(errors.allSatisfy { $0.file == "test.actors.txt" })
        // The good code line of the entry with the bad date still loads.
        let r = rec.recognize(ActorTestSupport.sentences(["Bad Date arrived."]), language: "en", date: nil)
        XCTAssertEqual(r.actors.first?.code, "NLXGOV", ActorTestSupport.dump(r))
    }

    func testAgentsGiveRolesWithPluralsAndSubstitutions() {
        var lex = ActorLexicon()
        _ = lex.load(tsvText: "NLX\tNorthland\tNorthlandish\n", file: "country-codes.tsv")
        _ = lex.load(tsvText: "Northland\tNLX\tcountry\tNorthland\n", file: "actors.tsv")
        let errors = lex.loadPetrarchAgents(text: """
        !MINIST! = MINISTER, MINISTRY
        WATER_!MINIST! [~GOVENV]
        SHEPHERD [~AGR]
        POLICE {} [~COP]
        TRUCE_MONITOR [IGO~]
        NO_CODE_HERE
        BAD_CODE [GOV]
        """, file: "test.agents.txt")
        XCTAssertEqual(errors.map(\.line), [6, 7])
        let rec = ActorRecognizer(lexicons: ["en": lex])
        func code(_ s: String) -> String? {
            rec.recognize(ActorTestSupport.sentences([s]), language: "en", date: nil).actors.first?.code
        }
        XCTAssertEqual(code("Reports say the Northland water minister resigned."), "NLXGOVENV")
        XCTAssertEqual(code("Northland shepherds protested."), "NLXAGR")
        XCTAssertEqual(code("Northland police fired."), "NLXCOP")
    }

    func testPhoenixDictionariesLoadFastAndCodeTheSeedPeople() throws {
        guard let dir = ActorTestSupport.sharedFile("data/petrarch-dictionaries") else { throw XCTSkip("dictionaries absent") }
        let start = Date()
        let dict = PetrarchDictionary(directory: dir)
        let parse = Date().timeIntervalSince(start)
        var lex = ActorTestSupport.recognizer.lexicon(for: "en")
        lex.add(dict)
        let total = Date().timeIntervalSince(start)
        print("Phoenix dictionaries: \(dict.actors.count) actors, \(dict.agents.count) agents; parse \(parse) s, total \(total) s")
        XCTAssertGreaterThan(dict.actors.count, 15000)
        #if DEBUG
        XCTAssertLessThan(total, 30)
        #else
        XCTAssertLessThan(total, 1)
        #endif
        // Errors are real malformed lines of the distributed files, each with file and line.
        XCTAssertTrue(dict.errors.allSatisfy { $0.line > 0 && $0.file.hasPrefix("Phoenix") })
        let rec = ActorRecognizer(lexicons: ["en": lex])
        let r = rec.recognize(ActorTestSupport.sentences(["Vladimir Putin met Bashar al-Assad in Sochi."]), language: "en", date: "2016-12-15")
        XCTAssertEqual(r.code("vladimir-putin"), "RUSGOV", ActorTestSupport.dump(r))
        XCTAssertEqual(r.code("bashar-al-assad"), "SYRGOV", ActorTestSupport.dump(r))
        let old = rec.recognize(ActorTestSupport.sentences(["Vladimir Putin met the delegation."]), language: "en", date: "1998-01-01")
        XCTAssertEqual(old.code("vladimir-putin"), "RUSELI", ActorTestSupport.dump(old))
    }
}
