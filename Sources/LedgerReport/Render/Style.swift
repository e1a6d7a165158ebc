import Foundation
import LedgerCore

/// The report's own CSS and script (constants: no report text is ever part of them), and the content
/// security policy that lets only that script run.
public enum Style {
    /// Inline CSS of every page.
    public static let css = """
        :root{--ink:#1d2329;--muted:#5b6670;--line:#d8dde2;--bg:#fbfbfa;--stated:#b3261e;--inc:#1f5fa8;--band:#9cc0ea;--gap:#f2b8b5}
        *{box-sizing:border-box}body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Naskh Arabic",sans-serif;color:var(--ink);background:var(--bg)}
        header{background:#fff;border-bottom:1px solid var(--line);padding:.6rem 1.2rem}nav a{margin-right:1rem;color:var(--inc);text-decoration:none}
        nav a[aria-current]{font-weight:600;color:var(--ink)}.state{margin:.3rem 0 0;color:var(--muted);font-size:13px}
        main{padding:1rem 1.2rem;max-width:1200px}h1{font-size:1.5rem;margin:.4rem 0 1rem}h2{font-size:1.15rem;margin:1.6rem 0 .5rem}
        table{border-collapse:collapse;background:#fff;margin:.4rem 0 1rem;font-variant-numeric:tabular-nums}
        th,td{border:1px solid var(--line);padding:.25rem .5rem;text-align:left;vertical-align:top}th{background:#f0f2f4;font-weight:600}
        td.n,th.n{text-align:right}[dir=rtl]{text-align:right}td[dir=rtl]{text-align:right}
        .ok{color:#1b7a3a;font-weight:600}.bad{color:var(--stated);font-weight:600}code{font-size:13px;word-break:break-all}
        mark{background:#ffe27a;padding:0 .15em;border-radius:2px}.ev{display:block;max-width:60rem}.ev.inline{display:inline}
        .counts{display:flex;flex-wrap:wrap;gap:.6rem;padding:0;list-style:none}.counts li{background:#fff;border:1px solid var(--line);padding:.4rem .8rem;border-radius:4px}
        .counts b{font-size:1.3rem;display:block}figure{margin:0 0 1.5rem;background:#fff;border:1px solid var(--line);padding:.6rem}
        svg.chart{width:100%;max-width:720px;height:auto}.chart .axis{stroke:#8a949d;stroke-width:1}.chart text{font-size:11px;fill:var(--muted)}
        .chart .stated{fill:none;stroke:var(--stated);stroke-width:2}.chart .best{fill:none;stroke:var(--inc);stroke-width:2;stroke-dasharray:5 3}
        .chart .band{fill:var(--band);opacity:.45}.chart .gap{fill:var(--gap);opacity:.55}.chart .pt{fill:var(--stated);stroke:#fff;stroke-width:1.5}
        .chart .ipt{fill:var(--inc)}.legend span{margin-right:1rem;font-size:13px}.legend i{display:inline-block;width:1.4em;height:.6em;margin-right:.3em;vertical-align:middle}
        details{background:#fff;border:1px solid var(--line);border-radius:4px;margin:.35rem 0;padding:.35rem .6rem}summary{cursor:pointer}
        .sev-error{border-left:4px solid var(--stated)}.sev-warning{border-left:4px solid #d08a00}.sev-info{border-left:4px solid var(--inc)}
        .kind{font-family:ui-monospace,monospace;font-size:13px}.sides{display:grid;grid-template-columns:1fr 1fr;gap:1rem}.sides h4{margin:.4rem 0}
        .filters{background:#fff;border:1px solid var(--line);padding:.5rem .8rem;display:flex;gap:1rem;align-items:center}
        footer{color:var(--muted);font-size:12px;padding:1rem 1.2rem}
        """

    /// The discrepancies page's filter: shows the items whose kind and severity match the two selects.
    public static let filterScript = """
        (function(){var k=document.getElementById('f-kind'),s=document.getElementById('f-sev'),c=document.getElementById('f-count');\
        function u(){var n=0,rows=document.querySelectorAll('details[data-kind]');for(var i=0;i<rows.length;i++){var r=rows[i];\
        var ok=(!k.value||r.getAttribute('data-kind')===k.value)&&(!s.value||r.getAttribute('data-severity')===s.value);r.hidden=!ok;if(ok)n++;}\
        c.textContent=String(n);}k.addEventListener('change',u);s.addEventListener('change',u);u();})();
        """

    /// The policy of every page: nothing from the network, inline styles, and of scripts only ours
    /// (by its hash): a `<script>` that slipped into a page would not run.
    public static let contentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-\(base64SHA256(filterScript))'; base-uri 'none'; form-action 'none'"

    static func base64SHA256(_ s: String) -> String {
        let hex = Array(EventHash.sha256Hex(Array(s.utf8)).utf8)
        var bytes: [UInt8] = []
        for i in stride(from: 0, to: hex.count, by: 2) { bytes.append(UInt8(String(decoding: hex[i..<i + 2], as: UTF8.self), radix: 16)!) }
        return Data(bytes).base64EncodedString()
    }
}
