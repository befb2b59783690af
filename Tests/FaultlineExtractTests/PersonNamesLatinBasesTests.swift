import XCTest
@testable import FaultlineExtract

/// `PersonNames.precomposedLatinBases` and the byte path of `PersonNameInfo` it opens:
/// a precomposed Latin name keys exactly as the character path keys it.
final class PersonNamesLatinBasesTests: XCTestCase {
    func testBases() {
        XCTAssertEqual(PersonNames.precomposedLatinBases("Nguyễn Văn Đức"), "Nguyen Van Duc")
        XCTAssertEqual(PersonNames.precomposedLatinBases("Recep Tayyip Erdoğan"), "Recep Tayyip Erdogan")
        XCTAssertEqual(PersonNames.precomposedLatinBases("Mevlüt Çavuşoğlu"), "Mevlut Cavusoglu")
        // ASCII needs no bases; marks, other scripts and symbols take the character path.
        XCTAssertNil(PersonNames.precomposedLatinBases("Sergei Lavrov"))
        XCTAssertNil(PersonNames.precomposedLatinBases("Nguye\u{0302}\u{0303}n"))
        XCTAssertNil(PersonNames.precomposedLatinBases("Владимир Путин"))
        XCTAssertNil(PersonNames.precomposedLatinBases("Đức\u{00A0}Anh"))
        XCTAssertNil(PersonNames.precomposedLatinBases("Lê µ"))
    }

    func testInfoEqualsCharacterPath() {
        let names = ["Nguyễn Văn Đức", "Recep Tayyip Erdoğan", "Erdoğan", "Mevlüt Çavuşoğlu", "Volodymyr Zelenskỳy",
                     "Đỗ Mỹ Linh", "Lê Hoài Trung", "Ahmed al-Şaraa", "Jean-Marc Ayrault-Lê", "Zoë O'Brien", "Phạm Bình Minh",
                     "Bùi Thanh Sơn, Đặng Hoàng Giang", "François Hollande", "José Ángel (Madrid)", "Ngô   Quang Xuân",
                     "Trần Đại Quang.", "Anh-Đức", "Ž", "Ål-Åsad"]
        for name in names {
            XCTAssertNotNil(PersonNames.precomposedLatinBases(name), name)
            let info = PersonNameInfo(name)
            XCTAssertEqual(info.key, PersonNames.words(name).map { PersonNames.wordKey($0) }.joined(), name)
            XCTAssertEqual(info.surnameKey, PersonNames.surnameKeyByCharacters(name), name)
            XCTAssertEqual(info.singleWord, PersonNames.wordsByCharacters(Substring(name)).count == 1, name)
            XCTAssertEqual(info.spaced, name.contains(" "), name)
            let split = name.split(separator: " ")
            XCTAssertEqual(info.oneWord, split.count == 1, name)
            XCTAssertEqual(info.lastWordKey, PersonNames.surnameKeyByCharacters(split.last ?? ""), name)
        }
    }
}
