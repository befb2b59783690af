/// How relative expressions are anchored.
///
/// - `news`: deictic words (`hôm qua`, `yesterday`, `last week`) count from the document
///   date (DCT); a day and month without a year take the year that puts the date closest
///   to the DCT, preferring the past (a future date counts as twice as far); anaphoric words (`cùng ngày`, `the next day`) count
///   from the last date mentioned, else from the DCT.
/// - `narrative` (history texts): every relative expression counts from the last date
///   mentioned, and a date without a year takes the last mentioned year; the DCT (a
///   download date) is not used for anchoring.
public enum TemporalMode: String, Sendable, Hashable, Codable, CaseIterable {
    case news, narrative
}

/// Order of day and month in all-numeric dates (`03/04/2016`).
///
/// Vietnamese and British English write the day first, US English the month first. When
/// only one reading is a valid date (`14/12`), that reading is taken whatever the order;
/// when both are valid and differ, the order decides and the expression is flagged
/// `ambiguous`.
public enum DateOrder: String, Sendable, Hashable, Codable, CaseIterable {
    case dayFirst, monthFirst

    /// The default for a language tag: month-first for English (`en`, `en-US`), day-first
    /// for British English (`en-GB`, `en-AU`, …), Vietnamese and everything else.
    public static func `default`(language: String) -> DateOrder {
        let tag = language.lowercased()
        if tag == "en" || tag == "en-us" || tag == "en_us" { return .monthFirst }
        return .dayFirst
    }
}
