import FuzzHarness

// libFuzzer target for `ExtractHarness` (see scripts/fuzz.sh); without -D FUZZING a replayer.

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzEntry.one(ExtractHarness.run, data, size)
}

@main
enum FuzzExtract {
    static func main() {
        FuzzEntry.main(name: "FuzzExtract", testOneInput: testOneInput, harness: ExtractHarness.run, seeds: FuzzSeeds.extract)
    }
}
