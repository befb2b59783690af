import XCTest
@testable import FaultlineExtract

final class PersonNamesTests: XCTestCase {
    /// The ASCII paths of `words` and `wordKey` against the character-by-character ones.
    func testASCIIPathsEqualTheCharacterPaths() {
        var names = ["Sergei Lavrov", "Volodymyr Zelenskyy", "Yevgeny Prigozhin", "Nechayev", "Ban Ki-moon", "O'Brien",
                     "J.D. Vance", "Kim Jong-un", "Dmitriy (Dima) Peskov, Jr.", "a_b;c:d/e\"f", "\t x\r\ny ", "", " ",
                     "1st 2nd", "-", "'", "...", "Zelenskiy-Zelenski Shoigu Shoygu", "yeye Yy iiii aye"]
        for v in 0..<128 { names.append("Ab" + String(UnicodeScalar(UInt8(v))) + "yE") }
        for n in names {
            XCTAssertEqual(PersonNames.words(n), PersonNames.wordsByCharacters(Substring(n)), n.debugDescription)
            for w in PersonNames.words(n) + [Substring(n)] where !w.utf8.contains(0x0D) {
                XCTAssertEqual(PersonNames.asciiWordKey(w), PersonNames.wordKeyByCharacters(w), w.debugDescription)
            }
        }
        names += ["Bashar al-Assad", "Ahmed el-Sisi", "X Al-As-Foo", "al-", "Abu al-ad-Raqqa", "Ali as-Sadr.", "  al-Yemen  -- "]
        for n in names {
            XCTAssertEqual(PersonNames.asciiKey(n), PersonNames.words(n).map { PersonNames.wordKeyByCharacters($0) }.joined(),
                           n.debugDescription)
            XCTAssertEqual(PersonNames.asciiSurnameKey(n), PersonNames.surnameKeyByCharacters(n), n.debugDescription)
        }
        XCTAssertEqual(PersonNames.surnameKey("Bashar al-Assad"), "assad")
        XCTAssertNil(PersonNames.asciiKey("Recep Tayyip Erdoğan"))
        XCTAssertNil(PersonNames.asciiSurnameKey("Erdoğan"))
        XCTAssertEqual(PersonNames.key("Volodymyr Zelenskyy"), PersonNames.key("Volodymyr Zelensky"))
        XCTAssertEqual(PersonNames.key("Recep Tayyip Erdoğan"), PersonNames.key("Recep Tayyip Erdogan"))
        XCTAssertNil(PersonNames.asciiWordKey("Erdoğan"))
    }
}
