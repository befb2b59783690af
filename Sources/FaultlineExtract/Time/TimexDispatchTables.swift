import FaultlineText

/// The fixed tables `TimexScanner.applicableRules(at:)` reads for every candidate token,
/// built once and reached through the reference each scanner holds.
///
/// As `static let`s of the scanner each read went through the global's lazy-initialisation
/// check (a call per table per token, a dozen tables): read as fields of one shared
/// instance they are plain loads. The tables themselves are defined next to the rules they
/// select (`TimexScanner+Dispatch.swift`); this class only holds them in the forms read.
final class TimexDispatchTables: Sendable {
    /// See `TimexScanner.rulesOfClassBit`.
    let rulesOfClassBit: [UInt64]
    /// The opening words' key hashes, keys, rules and narrowings (`TimexScanner.openingWords`),
    /// in parallel arrays: searching the hashes alone copies no key.
    let openingHashes: [UInt64]
    let openingKeys: [String]
    let openingRules: [UInt64]
    let openingNarrowing: [TimexScanner.Narrowing]
    /// Bit `h & 63` set for the hash `h` of every opening word.
    let openingBits: UInt64
    /// Bit `h >> 58` set for the hash `h` of every opening word: a second test on other bits
    /// of the hash, so that far fewer other words go on to search the list (about half the
    /// tokens passing the first test were no opening word).
    let openingHighBits: UInt64

    let thangHash: UInt64
    let sameHash: UInt64
    let timeHash: UInt64
    let periodHash: UInt64
    let halfHash: UInt64
    let apostropheHashes: (UInt64, UInt64)
    let mungHashes: (UInt64, UInt64)
    let halfWordHashes: [UInt64]
    let decadeSecondHashes: [UInt64]
    let rangeWordHashes: [UInt64]

    init() {
        rulesOfClassBit = TimexScanner.rulesOfClassBit
        let words = TimexScanner.openingWords
        openingHashes = words.map(\.hash)
        openingKeys = words.map(\.key)
        openingRules = words.map(\.rules)
        openingNarrowing = words.map(\.narrowing)
        openingBits = openingHashes.reduce(UInt64(0)) { $0 | 1 << ($1 & 63) }
        openingHighBits = openingHashes.reduce(UInt64(0)) { $0 | 1 << ($1 >> 58) }
        thangHash = Token.hash(key: VK.thang)
        sameHash = Token.hash(key: "same")
        timeHash = Token.hash(key: "time")
        periodHash = Token.hash(key: "period")
        halfHash = Token.hash(key: "half")
        apostropheHashes = (Token.hash(key: "'"), Token.hash(key: "\u{2019}"))
        mungHashes = (Token.hash(key: VK.mung), Token.hash(key: VK.mong))
        halfWordHashes = ["first", "former", "early", "second", "latter", "last"].map { Token.hash(key: $0) }
        decadeSecondHashes = [VK.thapNien[1], VK.thapKy[1], VK.nam, VK.theKy[1], VK.theKyAlt[1]].map { Token.hash(key: $0) }
        rangeWordHashes = TimexScanner.rangeWords.map { Token.hash(key: $0) }
    }

    /// The one instance every scanner reads.
    static let shared = TimexDispatchTables()
}
