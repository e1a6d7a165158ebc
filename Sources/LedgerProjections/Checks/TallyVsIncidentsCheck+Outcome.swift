import LedgerCore

extension TallyVsIncidentsCheck {
    /// A check before its incidents are listed, with the summary rows of the incidents it counts (in
    /// no particular order; none when the caller lists no incidents). A country-wide tally at a million events counts thousands of incidents:
    /// a reader that holds every check at once keeps each list as the incidents' places in id order
    /// (``DerivedChecks``), 4 bytes an incident where a list of ids takes 16, and names them when the
    /// check is read.
    struct Outcome {
        /// The check, its `incidents` empty.
        var check: Discrepancy
        var counted: [Row]

        /// The check listing the incidents it counts by id, in id order (none when none were kept).
        var listed: Discrepancy {
            guard !counted.isEmpty else { return check }
            var listed = check
            listed.incidents = counted.map(\.id).sorted()
            return listed
        }
    }
}
