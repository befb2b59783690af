import Foundation

/// Stable ids from names: `Sergei Lavrov` → `sergei-lavrov`, `Thổ Nhĩ Kỳ` → `tho-nhi-ky`.
///
/// Ids are derived from content, never from hash order, so runs are reproducible.
public enum Slug {
    public static func make(_ name: String) -> String {
        // ASCII names (most canonical names) need no decomposition: the same rules on bytes,
        // in one pass over the contiguous UTF-8 written straight into the result (no byte
        // array, no separate ASCII test: ids are made for every actor of every document).
        var source = name
        var nonASCII = false
        let ascii = source.withUTF8 { u in
            String(unsafeUninitializedCapacity: max(u.count, 1)) { out -> Int in
                var n = 0
                var pendingDash = false
                for b in u {
                    if b >= 0x80 { nonASCII = true; return 0 }
                    let isLower = (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x7A)
                    let isUpper = b >= 0x41 && b <= 0x5A
                    if isLower || isUpper {
                        if pendingDash && n > 0 { out[n] = 0x2D; n += 1 }
                        pendingDash = false
                        out[n] = isUpper ? b + 32 : b
                        n += 1
                    } else {
                        pendingDash = true
                    }
                }
                return n
            }
        }
        if !nonASCII { return ascii.isEmpty ? "x" : ascii }
        var out = ""
        var pendingDash = false
        for scalar in name.decomposedStringWithCanonicalMapping.unicodeScalars {
            let v = scalar.value
            if (0x30...0x39).contains(v) || (0x61...0x7A).contains(v) {
                if pendingDash && !out.isEmpty { out.append("-") }
                pendingDash = false
                out.unicodeScalars.append(scalar)
            } else if (0x41...0x5A).contains(v) {
                if pendingDash && !out.isEmpty { out.append("-") }
                pendingDash = false
                out.unicodeScalars.append(Unicode.Scalar(v + 32)!)
            } else if v == 0x0110 || v == 0x0111 || v == 0x00D0 {   // Đ đ Ð
                if pendingDash && !out.isEmpty { out.append("-") }
                pendingDash = false
                out.append("d")
            } else if (0x0300...0x036F).contains(v) {
                continue                                              // combining marks
            } else {
                pendingDash = true
            }
        }
        return out.isEmpty ? "x" : out
    }
}

