/// The Mustache templates of the report, one per page plus shared partials. `{{x}}` escapes for
/// HTML; the only unescaped values (`{{{…}}}`) are ``Style``'s constants.
enum Templates {
    static let header = #"""
        <!DOCTYPE html>
        <html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="{{csp}}">
        <title>{{title}} · CasualtyLedger</title><style>{{{css}}}</style></head>
        <body><header><nav>{{#nav}}<a href="{{href}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a>{{/nav}}</nav>
        <p class="state">Ledger head <code title="{{head}}">{{headShort}}</code> at event {{lastSeq}} · as of {{asOf}} · through {{through}}</p></header>
        <main><h1>{{title}}</h1>
        """#

    static let footer = #"""
        </main><footer>{{#chrome}}Made {{generatedAt}} by <code>ledger report</code> from the event log up to event {{lastSeq}} (head {{head}}).{{/chrome}}
        Figures quoted from reports keep their own digits; figures the ledger computes use Western digits.</footer>
        {{#script}}<script>{{{script}}}</script>{{/script}}
        </body></html>
        """#

    /// A figure in its sentence (an ``EvidenceSentence`` in context).
    static let sentence = #"""
        <span class="ev" dir="{{dir}}" lang="{{lang}}">{{before}}<mark>{{figure}}</mark>{{after}}</span>
        """#

    /// A name that may be Arabic in a left-to-right line: isolated, and marked when it is.
    static let name = #"""
        {{#arabic}}<bdi dir="rtl" lang="ar">{{name}}</bdi>{{/arabic}}{{^arabic}}<bdi>{{name}}</bdi>{{/arabic}}
        """#

    static let evidence = #"""
        <li><a href="{{href}}"><code>{{claimID}}</code></a> · {{#publisherArabic}}<bdi dir="rtl" lang="ar">{{publisher}}</bdi>{{/publisherArabic}}{{^publisherArabic}}<bdi>{{publisher}}</bdi>{{/publisherArabic}} {{day}} · {{measure}} {{value}} ({{category}})
        {{#sentence}}{{> sentence}}{{/sentence}}</li>
        """#

    static let overview = #"""
        {{#chrome}}{{> header}}{{/chrome}}
        <h2>The ledger</h2>
        <table class="facts"><tbody>
        <tr><th>Head hash</th><td><code>{{head}}</code></td></tr>
        <tr><th>Hash chain</th><td>{{#chainIntact}}<span class="ok">{{chainDetail}}</span>{{/chainIntact}}{{^chainIntact}}<span class="bad">{{chainDetail}}</span>{{/chainIntact}}</td></tr>
        <tr><th>Events</th><td class="n">{{events}}</td></tr>
        <tr><th>Incidents dated</th><td>{{periodFrom}} … {{periodTo}}</td></tr>
        <tr><th>Reports published</th><td>{{reportsFrom}} … {{reportsTo}}</td></tr>
        <tr><th>As of</th><td>{{asOf}}</td></tr>
        <tr><th>Through</th><td>{{through}}</td></tr>
        <tr><th>Extractor</th><td>{{extractorVersions}}</td></tr>
        </tbody></table>
        <ul class="counts">{{#counts}}<li><a href="{{href}}"><b>{{value}}</b>{{label}}</a></li>{{/counts}}</ul>
        <h2>Discrepancies by kind</h2>
        <table class="kinds"><thead><tr><th>kind</th><th class="n">count</th></tr></thead><tbody>
        {{#discrepancyKinds}}<tr><td class="kind"><a href="{{href}}">{{label}}</a></td><td class="n">{{value}}</td></tr>{{/discrepancyKinds}}
        </tbody></table>
        <h2>Running tallies</h2>
        {{^hasSeries}}<p>No running series in this ledger.</p>{{/hasSeries}}{{#hasSeries}}
        <table class="series"><thead><tr><th>publisher</th><th>scope</th><th>measure</th><th>category</th><th class="n">points</th><th class="n">latest tally</th><th class="n">incidents best (low–high)</th></tr></thead><tbody>
        {{#series}}<tr><td><a href="{{href}}">{{#arabic}}<bdi dir="rtl" lang="ar">{{publisher}}</bdi>{{/arabic}}{{^arabic}}<bdi>{{publisher}}</bdi>{{/arabic}}</a></td><td>{{scope}}</td><td>{{measure}}</td><td>{{category}}</td><td class="n">{{points}}</td><td class="n">{{stated}}</td><td class="n">{{incidents}}</td></tr>{{/series}}
        </tbody></table>{{/hasSeries}}
        <h2>Sources</h2>
        {{#hasSources}}<table class="sources"><thead><tr><th>source</th><th class="n">reports</th><th class="n">claims</th></tr></thead><tbody>
        {{#sources}}<tr><td><a href="{{href}}">{{> name}}</a></td><td class="n">{{reports}}</td><td class="n">{{claims}}</td></tr>{{/sources}}
        </tbody></table>{{/hasSources}}
        {{> footer}}
        """#

    static let series = #"""
        {{#chrome}}{{> header}}{{/chrome}}
        <p class="legend"><span><i style="background:var(--stated)"></i>stated tally</span><span><i style="background:var(--inc)"></i>incidents in the ledger (best)</span><span><i style="background:var(--band)"></i>incidents low–high</span><span><i style="background:var(--gap)"></i>gap</span></p>
        {{#empty}}<p>No running series in this ledger.</p>{{/empty}}
        {{#charts}}
        <figure id="{{id}}" data-points="{{pointCount}}">
        <figcaption><b><bdi dir="{{publisherDir}}">{{publisher}}</bdi></b> · {{scope}} · {{measure}} ({{category}}) · latest tally {{lastValue}}, incidents {{lastBest}}</figcaption>
        <svg class="chart" viewBox="0 0 {{width}} {{height}}" role="img" aria-label="{{series}}">
        <line class="axis" x1="{{plotLeft}}" y1="{{plotBottom}}" x2="{{plotRight}}" y2="{{plotBottom}}"/><line class="axis" x1="{{plotLeft}}" y1="16" x2="{{plotLeft}}" y2="{{plotBottom}}"/>
        {{#yTicks}}<text x="50" y="{{at}}" text-anchor="end" dominant-baseline="middle">{{label}}</text>{{/yTicks}}
        {{#xTicks}}<text x="{{at}}" y="258" text-anchor="middle">{{label}}</text>{{/xTicks}}
        {{#hasIncidents}}<polygon class="gap" points="{{gap}}"/><polygon class="band" points="{{band}}"/><polyline class="best" points="{{bestLine}}"/>{{/hasIncidents}}
        <polyline class="stated" points="{{statedLine}}"/>
        {{#points}}{{#incidentsY}}<circle class="ipt" cx="{{x}}" cy="{{incidentsY}}" r="2.5"/>{{/incidentsY}}<a href="{{href}}"><circle class="pt" cx="{{x}}" cy="{{y}}" r="5" data-value="{{value}}"><title>{{label}}</title></circle></a>{{/points}}
        </svg>
        <table class="points"><thead><tr><th>report day</th><th class="n">stated</th><th class="n">incidents low</th><th class="n">best</th><th class="n">high</th><th>claim</th></tr></thead><tbody>
        {{#points}}<tr><td>{{day}}</td><td class="n">{{value}}</td><td class="n">{{low}}</td><td class="n">{{best}}</td><td class="n">{{high}}</td><td><a href="{{href}}"><code>{{claimID}}</code></a></td></tr>{{/points}}
        </tbody></table>
        </figure>
        {{/charts}}
        {{> footer}}
        """#
}
