/// How CAMEO codes an act that is promised, asked for, demanded, refused or ended instead
/// of done.
///
/// CAMEO has parallel families: `073` provide humanitarian aid, `0333` express intent to
/// provide it, `0233` appeal for it, `1033` demand it, `1223` refuse it. A governing verb
/// (`agreed to`, `urged`, `demanded`, `refused to`, `lifted`) plus the act it governs is
/// coded as one event in the right family. The tables follow the codebook's numbering.
enum CameoTransform {
    /// Kinds of governing verbs in the lexicons (`gov=` flag).
    enum Governor: String, Sendable, CaseIterable {
        /// agree to, promise, offer, be ready to, decide to: intent (03x, or 13x for harm).
        case agree
        /// plan to, will, prepare to: the same families as `agree`, modality intended.
        case intend
        /// threaten to: 13x.
        case threaten
        /// urge, call for, appeal: 02x (113 when the act is harmful to a third party).
        case appeal
        /// demand, insist, must: 10x.
        case demand
        /// refuse, decline, reject, fail to: 12x.
        case refuse
        /// end, halt, stop, lift, ease: the act is undone (087, 085, 0813, 162 …).
        case end
        /// accuse, blame: 112; the blamed act stays its own (reported) event.
        case accuse
        /// deny: the governed act is negated; no code of its own.
        case deny
        /// try to, resume, continue, launch: the governed act is the event.
        case aspect
    }

    /// The code for `governor` applied to the act `act`; nil when the governor leaves the act alone.
    static func apply(_ governor: Governor, to act: String) -> String? {
        switch governor {
        case .agree, .intend: return intent(act)
        case .threaten: return threat(act)
        case .appeal: return appeal(act)
        case .demand: return demand(act)
        case .refuse: return refusal(act)
        case .end: return end(act)
        case .accuse, .deny, .aspect: return nil
        }
    }

    /// True for acts that harm their target: material conflict (quad 4) and coercive
    /// verbal conflict (12x reject, 13x threaten, 16x reduce relations, 17x coerce).
    static func isHarmful(_ cameo: String) -> Bool { root(cameo) >= 12 }

    /// The two-digit root of a code (`19` for `195`), 0 when it has none.
    ///
    /// Asked several times per head and per event: two ASCII digits are read as bytes (a
    /// following ASCII byte cannot join the second digit into one character); anything else
    /// takes the general `Int(prefix(2))` path, so the answer is the same for every string.
    /// The bytes are read in place (`withContiguousStorageIfAvailable`), not through the
    /// UTF-8 view's index path.
    static func root(_ c: String) -> Int {
        let fast = c.utf8.withContiguousStorageIfAvailable { u -> Int? in
            guard u.count >= 2 else { return nil }
            let a = u[0], b = u[1]
            guard (0x30...0x39).contains(a), (0x30...0x39).contains(b), u.count == 2 || u[2] < 0x80 else { return nil }
            return Int(a - 0x30) * 10 + Int(b - 0x30)
        }
        if let known = fast ?? nil { return known }
        return Int(c.prefix(2)) ?? 0
    }

    /// Express intent (03x) for cooperation; threaten (13x) for conflict; other codes unchanged.
    static func intent(_ c: String) -> String {
        switch root(c) {
        case 4:
            return c == "045" ? "039" : "036"
        case 5: return "032"
        case 6: return ["061": "0311", "062": "0312", "063": "0313", "064": "0314"][c] ?? "031"
        case 7: return ["071": "0331", "072": "0332", "073": "0333", "074": "0334"][c] ?? "033"
        case 8: return yieldFamily(c, base: "035", reform: "034", releases: "0353", sanctions: "0354",
                                   access: "0355", deescalate: "0356", admin: "0351", dissent: "0352")
        case 14...20: return threat(c)
        default: return c
        }
    }

    /// Threaten (13x) with a harmful act; plain `130` for anything else.
    static func threat(_ c: String) -> String {
        switch root(c) {
        case 13: return c
        case 14: return "133"
        case 16:
            return ["161": "1313", "162": "1311", "1621": "1311", "1622": "1311", "1623": "1311",
                    "163": "1312", "164": "134", "165": "135", "166": "136", "1661": "136",
                    "1662": "136", "1663": "136"][c] ?? "131"
        case 17:
            return ["172": "132", "1721": "1321", "1722": "1322", "1723": "1323", "1724": "1324",
                    "173": "132", "174": "132", "175": "137"][c] ?? "131"
        case 18: return "1383"
        case 19: return ["191": "1381", "192": "1382", "193": "1384", "194": "1384", "195": "1384"][c] ?? "138"
        case 20: return c.hasPrefix("204") ? "1385" : "1383"
        default: return "130"
        }
    }

    /// Appeal (02x) for a cooperative act; `113` (rally opposition against the target) for
    /// a punitive one; `020` otherwise.
    static func appeal(_ c: String) -> String {
        switch root(c) {
        case 2: return c
        case 3: return c == "036" ? "026" : "020"
        case 4: return c == "045" ? "028" : "026"
        case 5: return "022"
        case 6: return ["061": "0211", "062": "0212", "063": "0213", "064": "0214"][c] ?? "021"
        case 7: return ["071": "0231", "072": "0232", "073": "0233", "074": "0234"][c] ?? "023"
        case 8:
            if c.hasPrefix("083") {
                return ["0831": "0241", "0832": "0242", "0833": "0243", "0834": "0244"][c] ?? "024"
            }
            return yieldFamily(c, base: "025", reform: "024", releases: "0253", sanctions: "0254",
                               access: "0255", deescalate: "0256", admin: "0251", dissent: "0252")
        case 16, 17, 18, 19, 20: return "113"
        default: return "020"
        }
    }

    /// Demand (10x): the twin of the appeal, with the codebook's own demand codes for
    /// withdrawal (`106`), ceasefire (`107`) and meetings (`108`).
    static func demand(_ c: String) -> String {
        switch c {
        case "0872", "0874": return "106"
        case "0871": return "107"
        default: break
        }
        switch root(c) {
        case 4: return c == "045" ? "105" : "108"
        case 10: return c
        case 11...20: return "100"
        default: break
        }
        let a = appeal(c)
        switch a {
        case "020": return "100"
        case "026", "027": return "108"
        case "028": return "105"
        default:
            let twin = "10" + a.dropFirst(2)
            return CameoCodebook.standard.isValid(twin) ? twin : "100"
        }
    }

    /// Refuse (12x) a cooperative act; `120` otherwise.
    static func refusal(_ c: String) -> String {
        switch root(c) {
        case 3: return c == "036" ? "125" : "120"
        case 4: return c == "045" ? "126" : "125"
        case 5: return c == "057" ? "127" : "120"
        case 6: return ["061": "1211", "062": "1212"][c] ?? "121"
        case 7: return ["071": "1221", "072": "1222", "073": "1223", "074": "1224"][c] ?? "122"
        case 8:
            if c.hasPrefix("083") {
                return ["0831": "1231", "0832": "1232", "0833": "1233", "0834": "1234"][c] ?? "123"
            }
            return yieldFamily(c, base: "124", reform: "123", releases: "1243", sanctions: "1244",
                               access: "1245", deescalate: "1246", admin: "1241", dissent: "1242")
        case 12: return c
        default: return "120"
        }
    }

    /// Ending an act: ending a harmful act is a concession (087 de-escalate, 085 ease
    /// sanctions, 0813 lift curfew …); ending a cooperative one reduces relations (16x).
    /// Nil when ending it has no code of its own.
    static func end(_ c: String) -> String? {
        switch root(c) {
        case 3, 5: return "160"
        case 4: return c == "045" ? "165" : "164"
        case 6: return "160"
        case 7: return ["071": "1621", "072": "1622", "073": "1623"][c] ?? "162"
        case 11: return nil
        case 12, 13: return "080"
        case 14: return "082"
        case 16: return c == "163" ? "085" : "080"
        case 17:
            return ["172": "081", "1721": "0811", "1722": "0812", "1723": "0813", "1724": "0814",
                    "173": "0841", "174": "0841", "171": "0842", "1711": "0842"][c] ?? "080"
        case 18, 20: return "087"
        case 19: return ["191": "0872", "192": "0874"][c] ?? "087"
        default: return nil
        }
    }

    /// Maps a yield code (08x) into a parallel family given that family's members.
    private static func yieldFamily(_ c: String, base: String, reform: String, releases: String,
                                    sanctions: String, access: String, deescalate: String,
                                    admin: String, dissent: String) -> String {
        if c.hasPrefix("081") { return admin }
        if c == "082" { return dissent }
        if c.hasPrefix("083") { return reform }
        if c.hasPrefix("084") { return releases }
        if c == "085" { return sanctions }
        if c.hasPrefix("086") { return access }
        if c.hasPrefix("087") { return deescalate }
        return base
    }
}
