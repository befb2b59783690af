/// Rounds reported measures to a fixed number of decimals, so the JSON does not carry
/// floating-point noise and stays byte-identical across platforms.
enum Rounding {
    static func r6(_ x: Double) -> Double {
        guard x.isFinite else { return 0 }
        return (x * 1_000_000).rounded() / 1_000_000
    }

    static func r3(_ x: Double) -> Double {
        guard x.isFinite else { return 0 }
        return (x * 1000).rounded() / 1000
    }
}
