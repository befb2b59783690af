/// How CAMEO codes an act that is promised, asked for, demanded, refused or ended instead
/// of done.
///
/// CAMEO has parallel families: `073` provide humanitarian aid, `0333` express intent to
/// provide it, `0233` appeal for it, `1033` demand it, `1223` refuse it. A governing verb
/// (`agreed to`, `urged`, `demanded`, `refused to`, `lifted`) plus the act it governs is
/// coded as one event in the right family. The tables follow the codebook's numbering.
///
/// The tables are `switch`es: a dictionary literal looked up in place was built (allocated
/// and hashed) at every call, some thousands of instructions per transformed code.
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
        case 6:
            switch c {
            case "061": return "0311"
            case "062": return "0312"
            case "063": return "0313"
            case "064": return "0314"
            default: return "031"
            }
        case 7:
            switch c {
            case "071": return "0331"
            case "072": return "0332"
            case "073": return "0333"
            case "074": return "0334"
            default: return "033"
            }
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
            switch c {
            case "161": return "1313"
            case "162", "1621", "1622", "1623": return "1311"
            case "163": return "1312"
            case "164": return "134"
            case "165": return "135"
            case "166", "1661", "1662", "1663": return "136"
            default: return "131"
            }
        case 17:
            switch c {
            case "172", "173", "174": return "132"
            case "1721": return "1321"
            case "1722": return "1322"
            case "1723": return "1323"
            case "1724": return "1324"
            case "175": return "137"
            default: return "131"
            }
        case 18: return "1383"
        case 19:
            switch c {
            case "191": return "1381"
            case "192": return "1382"
            case "193", "194", "195": return "1384"
            default: return "138"
            }
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
        case 6:
            switch c {
            case "061": return "0211"
            case "062": return "0212"
            case "063": return "0213"
            case "064": return "0214"
            default: return "021"
            }
        case 7:
            switch c {
            case "071": return "0231"
            case "072": return "0232"
            case "073": return "0233"
            case "074": return "0234"
            default: return "023"
            }
        case 8:
            if c.hasPrefix("083") {
                switch c {
                case "0831": return "0241"
                case "0832": return "0242"
                case "0833": return "0243"
                case "0834": return "0244"
                default: return "024"
                }
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
        case 6:
            switch c {
            case "061": return "1211"
            case "062": return "1212"
            default: return "121"
            }
        case 7:
            switch c {
            case "071": return "1221"
            case "072": return "1222"
            case "073": return "1223"
            case "074": return "1224"
            default: return "122"
            }
        case 8:
            if c.hasPrefix("083") {
                switch c {
                case "0831": return "1231"
                case "0832": return "1232"
                case "0833": return "1233"
                case "0834": return "1234"
                default: return "123"
                }
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
        case 7:
            switch c {
            case "071": return "1621"
            case "072": return "1622"
            case "073": return "1623"
            default: return "162"
            }
        case 11: return nil
        case 12, 13: return "080"
        case 14: return "082"
        case 16: return c == "163" ? "085" : "080"
        case 17:
            switch c {
            case "172": return "081"
            case "1721": return "0811"
            case "1722": return "0812"
            case "1723": return "0813"
            case "1724": return "0814"
            case "173", "174": return "0841"
            case "171", "1711": return "0842"
            default: return "080"
            }
        case 18, 20: return "087"
        case 19:
            switch c {
            case "191": return "0872"
            case "192": return "0874"
            default: return "087"
            }
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
