/// Data for sentence splitting: words that a period does not end.
///
/// Written for Vietnamese and English news; both lists apply to every text because
/// articles mix them (`TS. Nguyễn Văn A` beside `U.S.`). Matching is case-sensitive: a
/// title is capitalised (`Gen.`), while the same letters in lower case may end a sentence.
enum Abbreviations {
    /// A period after these never ends a sentence (titles, month names, `No.`, `TP.`).
    static let never: Set<String> = [
        // Vietnamese titles, degrees and place prefixes.
        "TP", "Tp", "tp", "PGS", "TS", "ThS", "GS", "BS", "KS", "NXB", "Q", "P", "TT", "Th.S", "PGS.TS", "GS.TS",
        "ĐH", "Đ/c", "đ/c", "Ths", "CN", "NSƯT", "NSND", "Lm", "Tr", "tr", "TX", "H", "X",
        // English titles and ranks.
        "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Maj",
        "Capt", "Cmdr", "Adm", "Sgt", "Cpl", "Pvt", "Brig", "Lieut", "Amb", "Pres", "Supt", "Det",
        "Insp", "Fr", "Rev", "Hon", "Sr", "Jr", "St", "Mt", "Ft", "Ave", "Blvd", "Rd",
        // Months and days.
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        // Numbering and references.
        "No", "Nos", "Vol", "vol", "pp", "Art", "Fig", "fig", "Ch", "approx",
        "vs", "Vs", "cf",
    ]

    /// A period after these ends a sentence only when a typical sentence opener follows
    /// (`in the U.S. The …` splits, `U.S. President …` does not). Dotted abbreviations
    /// (any word with an inner period: `U.S.`, `e.g.`, `v.v.`, `a.m.`) behave the same.
    static let ambiguous: Set<String> = [
        "etc", "Inc", "Ltd", "Co", "Corp", "Bros", "LLC", "Plc", "plc", "Cty", "v.v", "vv",
    ]

    /// Words that usually open a sentence; after an ambiguous abbreviation they mark a break.
    static let sentenceOpeners: Set<String> = [
        // English
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These",
        "Those", "There", "His", "Her", "Its", "Their", "Our", "But", "And", "Yet", "So", "In",
        "On", "At", "As", "After", "Before", "When", "While", "However", "Meanwhile", "Earlier",
        "Later", "Also", "If", "Some", "Many", "Most", "Officials", "Police", "According",
        // Vietnamese
        "Ông", "Bà", "Theo", "Trong", "Các", "Những", "Người", "Tuy", "Ngoài", "Sau", "Trước",
        "Khi", "Hiện", "Đây", "Điều", "Việc", "Cũng", "Nhưng", "Tại", "Hôm", "Ngày", "Họ",
        "Chúng", "Đó", "Do", "Vì", "Nếu", "Từ", "Với", "Còn", "Mặc", "Dù", "Năm", "Tháng",
    ]
}
