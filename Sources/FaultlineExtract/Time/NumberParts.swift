/// The parts of a number token split at its one kind of separator (`14/12/2016` → 14, 12,
/// 2016), with the digit count of each and the separator.
///
/// Held inline, with no arrays: the date and clock rules ask for the parts of most number
/// tokens they meet, and two arrays per call (values, widths) cost an allocation and a
/// release each. Only the first `stored` parts are kept, which is all any rule reads (a
/// date or a clock has at most three); `count` is the true number of parts.
struct NumberParts {
    /// How many parts the number has (at least two: there is a separator).
    private(set) var count = 0
    /// The separator's byte when it is ASCII (`/`, `-`, `.`, `,`, `:`), 0 for any other
    /// separator (no rule asks for one).
    let separator: UInt8
    /// The largest digit count among all parts.
    private(set) var maxWidth = 0
    private var values: (Int, Int, Int, Int) = (0, 0, 0, 0)
    private var widths: (Int, Int, Int, Int) = (0, 0, 0, 0)

    /// Parts kept with their values and widths.
    static let stored = 4

    init(separator: UInt8) { self.separator = separator }

    /// The value of part `k` (`k < min(count, stored)`).
    func part(_ k: Int) -> Int {
        switch k {
        case 0: return values.0
        case 1: return values.1
        case 2: return values.2
        case 3: return values.3
        default: preconditionFailure("NumberParts keeps \(NumberParts.stored) parts")
        }
    }

    /// The digit count of part `k` (`k < min(count, stored)`).
    func width(_ k: Int) -> Int {
        switch k {
        case 0: return widths.0
        case 1: return widths.1
        case 2: return widths.2
        case 3: return widths.3
        default: preconditionFailure("NumberParts keeps \(NumberParts.stored) parts")
        }
    }

    /// Adds the next part (kept when fewer than `stored` are).
    mutating func append(_ value: Int, width: Int) {
        switch count {
        case 0: values.0 = value; widths.0 = width
        case 1: values.1 = value; widths.1 = width
        case 2: values.2 = value; widths.2 = width
        case 3: values.3 = value; widths.3 = width
        default: break
        }
        count += 1
        maxWidth = max(maxWidth, width)
    }

    /// The parts of a number written only with ASCII digits and `/ . - , :` (what the
    /// tokenizer makes), read byte by byte: the outer nil means "not such a text, use the
    /// general path"; `.some(nil)` means the general path would find no parts either (no
    /// separator, two kinds of separator, an empty part or one of more than four digits).
    static func ascii(_ t: String) -> NumberParts?? {
        var sep: UInt8 = 0
        for b in t.utf8 {
            if b >= 48 && b <= 57 { continue }
            guard b == 0x2F || b == 0x2E || b == 0x2D || b == 0x2C || b == 0x3A else { return nil }
            if sep == 0 { sep = b } else if sep != b { return .some(nil) }
        }
        guard sep != 0 else { return .some(nil) }
        var parts = NumberParts(separator: sep)
        var value = 0, width = 0
        for b in t.utf8 {
            if b == sep {
                guard width > 0 else { return .some(nil) }
                parts.append(value, width: width)
                value = 0; width = 0
                continue
            }
            width += 1
            guard width <= 4 else { return .some(nil) }
            value = value * 10 + Int(b - 48)
        }
        guard width > 0 else { return .some(nil) }
        parts.append(value, width: width)
        return .some(parts)
    }
}
