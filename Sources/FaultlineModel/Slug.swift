import Foundation

/// Stable ids from names: `Sergei Lavrov` → `sergei-lavrov`, `Thổ Nhĩ Kỳ` → `tho-nhi-ky`.
///
/// Ids are derived from content, never from hash order, so runs are reproducible.
public enum Slug {
    public static func make(_ name: String) -> String {
        // ASCII names (most canonical names) need no decomposition: the same rules on bytes.
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(name.utf8.count)
            var pendingDash = false
            for b in name.utf8 {
                let isLower = (0x30...0x39).contains(b) || (0x61...0x7A).contains(b)
                let isUpper = (0x41...0x5A).contains(b)
                if isLower || isUpper {
                    if pendingDash && !bytes.isEmpty { bytes.append(0x2D) }
                    pendingDash = false
                    bytes.append(isUpper ? b + 32 : b)
                } else {
                    pendingDash = true
                }
            }
            return bytes.isEmpty ? "x" : String(decoding: bytes, as: UTF8.self)
        }
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

