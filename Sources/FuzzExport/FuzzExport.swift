import FuzzHarness

// libFuzzer target for `ExportHarness` (see scripts/fuzz.sh); without -D FUZZING a replayer.

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzEntry.one(ExportHarness.run, data, size)
}

@main
enum FuzzExport {
    static func main() {
        FuzzEntry.main(name: "FuzzExport", testOneInput: testOneInput, harness: ExportHarness.run, seeds: FuzzSeeds.export)
    }
}
