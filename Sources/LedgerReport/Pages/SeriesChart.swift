import LedgerCore
import LedgerProjections

/// One running series drawn as an SVG chart: the stated tally over its report dates, and beside it
/// the incidents the ledger holds for the same scope and period (best figure as a line, low to high
/// as a band), the gap between tally and incidents shaded. Every point is a link to its claim.
///
/// Coordinates are computed here and printed by the template; nothing of the reports' text reaches
/// an attribute unescaped.
public struct SeriesChart: Sendable {
    public struct Point: Sendable {
        public var x: String
        public var y: String
        /// The incidents' best sum at this point (nil when the tally has no start).
        public var incidentsY: String?
        public var value: Int
        public var day: String
        public var claimID: String
        public var href: String
        public var label: String
        public var low: String
        public var best: String
        public var high: String
    }

    public struct Tick: Sendable {
        public var at: String
        public var label: String
    }

    public var id: String
    public var series: String
    public var publisher: String
    public var publisherDir: String
    public var scope: String
    public var measure: String
    public var category: String
    public var width = 720
    public var height = 280
    public var points: [Point]
    public var pointCount: Int
    public var statedLine: String
    public var bestLine: String
    public var band: String
    public var gap: String
    public var hasIncidents: Bool
    public var xTicks: [Tick]
    public var yTicks: [Tick]
    public var plotLeft = 56
    public var plotRight = 672
    public var plotBottom = 240
    /// The last point's tally and incidents, for the caption.
    public var lastValue: Int
    public var lastBest: String

    static let left = 56.0, right = 672.0, top = 16.0, bottom = 240.0

    /// The chart of one series' points (in series order).
    public init(series key: String, points: [SeriesPoint], index: ScopeSum.Index, through: Day?, links: PageLinks) {
        let sums = points.map { ScopeSum.of($0, in: index, through: through) }
        let xs = Self.xValues(points)
        let lo = xs.min() ?? 0, hi = xs.max() ?? 1
        let span = hi > lo ? Double(hi - lo) : 1
        let ymax = Double(max(1, points.map(\.value).max() ?? 1, sums.compactMap { $0?.high }.max() ?? 1)) * 1.1
        let px = { (v: Int) -> Double in hi > lo ? Self.left + Double(v - lo) / span * (Self.right - Self.left) : (Self.left + Self.right) / 2 }
        let py = { (v: Int) -> Double in Self.bottom - Double(v) / ymax * (Self.bottom - Self.top) }
        let first = points.first
        id = Self.anchor(key)
        series = key
        publisher = first?.publisher ?? "?"
        publisherDir = TextDirection.of(publisher).dir
        scope = first?.scope ?? ""
        measure = first?.measure.rawValue ?? ""
        category = first?.category.rawValue ?? ""
        var out: [Point] = []
        for (i, p) in points.enumerated() {
            let s = sums[i]
            out.append(Point(
                x: Self.f(px(xs[i])), y: Self.f(py(p.value)), incidentsY: s.map { Self.f(py($0.best)) }, value: p.value,
                day: p.reportDay?.description ?? "?", claimID: p.claimID, href: links.claim(p.claimID),
                label: "\(p.reportDay?.description ?? "?"): tally \(p.value)"
                    + (s.map { "; incidents \($0.best) (\($0.low)–\($0.high))" } ?? ""),
                low: s.map { String($0.low) } ?? "–", best: s.map { String($0.best) } ?? "–", high: s.map { String($0.high) } ?? "–"))
        }
        self.points = out
        pointCount = out.count
        statedLine = out.map { "\($0.x),\($0.y)" }.joined(separator: " ")
        let withSums = zip(out, sums).compactMap { p, s in s.map { (p.x, $0) } }
        hasIncidents = !withSums.isEmpty
        bestLine = withSums.map { "\($0.0),\(Self.f(py($0.1.best)))" }.joined(separator: " ")
        band = (withSums.map { "\($0.0),\(Self.f(py($0.1.high)))" } + withSums.reversed().map { "\($0.0),\(Self.f(py($0.1.low)))" })
            .joined(separator: " ")
        gap = (zip(out, sums).compactMap { p, s in s == nil ? nil : "\(p.x),\(p.y)" }
            + withSums.reversed().map { "\($0.0),\(Self.f(py($0.1.best)))" }).joined(separator: " ")
        xTicks = Self.xTicks(points, xs: xs, px: px)
        yTicks = (0...4).map { i in
            let v = Int((ymax / 1.1 * Double(i) / 4).rounded())
            return Tick(at: Self.f(py(v)), label: String(v))
        }
        lastValue = points.last?.value ?? 0
        lastBest = sums.last.flatMap { $0.map { String($0.best) } } ?? "–"
    }

    /// The chart's anchor on the series page.
    public static func anchor(_ key: String) -> String { "s-" + String(EventHash.sha256Hex(Array(key.utf8)).prefix(10)) }

    /// Day ordinals when every point has a report day, else positions.
    static func xValues(_ points: [SeriesPoint]) -> [Int] {
        if points.allSatisfy({ $0.reportDay != nil }) { return points.map { $0.reportDay!.ordinal } }
        return points.map(\.position)
    }

    static func xTicks(_ points: [SeriesPoint], xs: [Int], px: (Int) -> Double) -> [Tick] {
        var seen = Set<Int>(), ticks: [Tick] = []
        let step = max(1, points.count / 6)
        for (i, p) in points.enumerated() where (i % step == 0 || i == points.count - 1) && !seen.contains(xs[i]) {
            seen.insert(xs[i])
            ticks.append(Tick(at: f(px(xs[i])), label: p.reportDay?.description ?? "#\(p.position)"))
        }
        return ticks
    }

    /// A coordinate with one decimal, Western digits, no locale.
    static func f(_ v: Double) -> String {
        let r = (v * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(r)
    }
}
