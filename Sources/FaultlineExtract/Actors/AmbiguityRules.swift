import FaultlineText

/// When a country name is a country and when it is part of a personal name or a word.
///
/// Short Vietnamese names (`Nga`, `Mỹ`, `Anh`, `Đức`, `Ý`, `Áo`, `Pháp`, `Nhật`) are also
/// given names and common words. Measured press usage: capitalised and standing alone in a
/// news sentence they are countries far more often than names, so the default is *country*
/// and a name reading needs evidence:
/// - lowercase in the text never matches (the lexicon writes them capitalised);
/// - a compound word that starts with them is a blocking phrase (`ý kiến`, `Mỹ phẩm`,
///   `tiếng Anh`, `anh ấy`) and wins by longest match;
/// - a name cue just before (`chị`, `cô`, `ca sĩ`, `ông`, `bà`) → name;
/// - an unknown capitalised word just before (a given name: `Thúy Nga`, `Minh Đức`) or just
///   after (`Mỹ Tâm`, `Đức Phúc`) → name;
/// - a word seen as a personal name earlier in the same document stays a name unless strong
///   country context is present.
/// Strong country context (checked first): a role or ministry before (handled by role
/// composition), a country cue before (`nước`, `phía`, `người`), a place preposition
/// (`tại`, `ở`, `với`), or a coordination with another country (`Nga và Thổ Nhĩ Kỳ`).
/// The given-name check before the word also keeps English single-word country names out of
/// personal names (`Michael Jordan`); the check after it is Vietnamese only, since English
/// puts country names before institutions (`Kenya Anti-Corruption Commission`).
enum AmbiguityRules {
    enum Reading { case country, name }

    /// Last words of English institution names (`… Commission`, `… Party`).
    static let institutionNouns: Set<String> = [
        "commission", "association", "assembly", "party", "union", "council", "front", "army", "ministry",
        "committee", "agency", "airlines", "airways", "bank", "university", "movement", "federation", "league",
        "court", "police", "guard", "forces", "times", "post", "news", "radio", "television", "institute",
        "company", "group", "corporation", "organization", "organisation", "authority", "office", "service",
        "services", "government", "parliament", "congress", "navy", "embassy", "consulate", "department",
        "board", "brigade", "brigades", "battalion", "regiment", "division", "corps", "militia", "alliance",
        "coalition", "foundation", "centre", "center", "network", "agency", "tribunal", "senate",
    ]

    static func reading(at j: Int, items: [ScanItem], tokens: [Token], lexicon: ActorLexicon,
                        ambiguous: Bool, knownNames: Set<String>, nameAfter: Bool,
                        checkNext: Bool = true) -> Reading {
        let it = items[j]
        let prev: ScanItem? = j > 0 && items[j - 1].end == it.start ? items[j - 1] : nil
        let next: ScanItem? = j + 1 < items.count && items[j + 1].start == it.end ? items[j + 1] : nil

        func isCountry(_ item: ScanItem?) -> Bool {
            guard let item, case .actor(let a) = item.kind else { return false }
            return lexicon.actors[a].kind == .country
        }
        // Strong country context.
        if let prev {
            switch prev.kind {
            case .cue(.countryContext), .cue(.locative), .cue(.atPlace), .cue(.placeNoun), .cue(.vessel), .cue(.of): return .country
            case .cue(.coordination):
                if j >= 2, items[j - 2].end == prev.start, isCountry(items[j - 2]) { return .country }
            default: break
            }
        }
        if let next, next.kind == .cue(.coordination), j + 2 < items.count, items[j + 2].start == next.end, isCountry(items[j + 2]) {
            return .country
        }
        // Name evidence.
        if let prev {
            switch prev.kind {
            case .cue(.nameContext), .cue(.honorific): return .name
            case .name: return .name
            default: break
            }
        }
        if checkNext, let next, next.kind == .name {
            // `Mỹ Tâm`, `Jordan Henderson`, `Israel Adesanya` — but not `Kenya Anti-Corruption
            // Commission`: English puts a country before the name of its institutions.
            if nameAfter { return .name }
            let last = tokens[next.end - 1].key
            if !institutionNouns.contains(last) { return .name }
        }
        if ambiguous, knownNames.contains(tokens[it.start].key) { return .name }
        return .country
    }
}
