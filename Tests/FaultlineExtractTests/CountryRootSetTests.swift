import XCTest
@testable import FaultlineExtract

/// `CountryRootSet` and `ActorLexicon.hasCountry` against the country table itself.
final class CountryRootSetTests: XCTestCase {
    func testBitsOfThreeLetterRoots() {
        var set = CountryRootSet()
        for r in ["RUS", "UKR", "AAA", "ZZZ", "RUS"] { set.insert(r) }
        XCTAssertEqual(set.count, 4)
        XCTAssertEqual(set.contains("RUS"), true)
        XCTAssertEqual(set.contains("ZZZ"), true)
        XCTAssertEqual(set.contains("SYR"), false)
        XCTAssertEqual(set.contains("rus"), false, "only what was inserted")
        XCTAssertEqual(set.contains("RUSGOV"), false, "not a root, and no other roots were inserted")
        XCTAssertFalse(set.others)
        set.insert("R\u{301}US")
        XCTAssertTrue(set.others)
        XCTAssertNil(set.contains("RUSGOV"), "other forms are now left to the dictionary")
        XCTAssertEqual(set.contains("UKR"), true)
        XCTAssertNil(CountryRootSet.bit("RU"))
        XCTAssertNil(CountryRootSet.bit("RUé"))
        XCTAssertEqual(CountryRootSet.bit("AAA"), 0)
        XCTAssertEqual(CountryRootSet.bit("ZZZ"), 26 * 26 * 26 - 1)
    }

    /// The built-in lexicons answer as their dictionaries do, for roots in and out of the
    /// table, and a country added later through the TSV loader is known at once.
    func testHasCountryEqualsTheDictionary() throws {
        for lang in ["en", "vi"] {
            var lexicon = try XCTUnwrap(ActorTestSupport.recognizer.lexicons[lang])
            XCTAssertFalse(lexicon.countries.isEmpty)
            let probes = Array(lexicon.countries.keys) + ["XXX", "QQQ", "RUSGOV", "IGOUNO", "", "ru", "RU", "IGO", "NGO"]
            for r in probes { XCTAssertEqual(lexicon.hasCountry(r), lexicon.countries[r] != nil, r) }
            XCTAssertFalse(lexicon.hasCountry("QQQ"))
            let errors = lexicon.load(tsvText: "QQQ\tQland\tQlandish\n", file: "country-codes-test.tsv")
            XCTAssertEqual(errors.count, 0)
            XCTAssertTrue(lexicon.hasCountry("QQQ"))
        }
    }
}
