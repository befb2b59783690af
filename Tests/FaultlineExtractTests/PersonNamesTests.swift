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
        XCTAssertEqual(PersonNames.key("Volodymyr Zelenskyy"), PersonNames.key("Volodymyr Zelensky"))
        XCTAssertEqual(PersonNames.key("Recep Tayyip Erdoğan"), PersonNames.key("Recep Tayyip Erdogan"))
        XCTAssertNil(PersonNames.asciiWordKey("Erdoğan"))
    }
}
