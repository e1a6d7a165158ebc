extension Templates {
    static let reconciliation = #"""
        {{#chrome}}{{> header}}{{/chrome}}
        <p>Each running series' latest figure against the incidents the ledger holds for the same area, period, measure and category (each incident counted once with its best figure; low and high beside it). A tally ahead of the incidents is common (the ledger rarely holds every incident); incidents adding up to more than the tally are not.</p>
        {{^hasRows}}<p>No running series in this ledger.</p>{{/hasRows}}{{#hasRows}}
        <table class="reconciliation"><thead><tr><th>publisher</th><th>scope</th><th>period</th><th>measure</th><th>category</th><th class="n">tally</th><th class="n">incidents</th><th class="n">low</th><th class="n">best</th><th class="n">high</th><th class="n">tally − best</th><th>verdict</th></tr></thead><tbody>
        {{#rows}}<tr><td><a href="{{chartHref}}">{{#arabic}}<bdi dir="rtl" lang="ar">{{publisher}}</bdi>{{/arabic}}{{^arabic}}<bdi>{{publisher}}</bdi>{{/arabic}}</a></td><td>{{scope}}</td><td>{{period}}</td><td>{{measure}}</td><td>{{category}}</td><td class="n"><a href="{{claimHref}}">{{stated}}</a></td><td class="n">{{incidents}}</td><td class="n">{{low}}</td><td class="n">{{best}}</td><td class="n">{{high}}</td><td class="n">{{gap}}</td><td>{{#discrepancyHref}}<a href="{{discrepancyHref}}">{{verdict}}</a>{{/discrepancyHref}}{{^discrepancyHref}}{{verdict}}{{/discrepancyHref}}</td></tr>{{/rows}}
        </tbody></table>{{/hasRows}}
        {{> footer}}
        """#

    static let totals = #"""
        {{#chrome}}{{> header}}{{/chrome}}
        <p>Incidents added up (each once, whatever the number of reports behind it): low is the sum of each incident's lowest credible figure, high of its highest, best of its best. Tallies are not added (they overlap the incidents and one another).</p>
        {{^hasRows}}<p>No incidents in this ledger.</p>{{/hasRows}}{{#hasRows}}
        <h2>By month and area</h2>
        <table class="totals-month"><thead><tr><th>month</th><th>area</th><th>measure</th><th>category</th><th class="n">incidents</th><th class="n">low</th><th class="n">best</th><th class="n">high</th></tr></thead><tbody>
        {{#byMonth}}<tr><td>{{period}}</td><td>{{area}}</td><td>{{measure}}</td><td>{{category}}</td><td class="n">{{incidents}}</td><td class="n">{{low}}</td><td class="n">{{best}}</td><td class="n">{{high}}</td></tr>{{/byMonth}}
        </tbody></table>
        <h2>By governorate</h2>
        <table class="totals-governorate"><thead><tr><th>governorate</th><th>P-code</th><th>measure</th><th>category</th><th class="n">incidents</th><th class="n">low</th><th class="n">best</th><th class="n">high</th><th>months</th></tr></thead><tbody>
        {{#byGovernorate}}<tr><td>{{area}}</td><td>{{pcode}}</td><td>{{measure}}</td><td>{{category}}</td><td class="n">{{incidents}}</td><td class="n">{{low}}</td><td class="n">{{best}}</td><td class="n">{{high}}</td><td>{{period}}</td></tr>{{/byGovernorate}}
        </tbody></table>{{/hasRows}}
        {{> footer}}
        """#

    static let incidents = #"""
        {{#chrome}}{{> header}}{{/chrome}}
        {{^hasRows}}<p>No incidents in this ledger.</p>{{/hasRows}}{{#hasRows}}
        <table class="incidents"><thead><tr><th>incident</th><th>date</th><th>place</th><th>governorate</th><th>measure</th><th>category</th><th class="n">low</th><th class="n">best</th><th class="n">high</th><th>each source's figure</th></tr></thead><tbody>
        {{#rows}}<tr id="{{id}}"><td><code>{{id}}</code></td><td>{{day}}</td><td>{{place}}{{#placeText}} <bdi dir="{{placeDir}}" lang="{{placeLang}}">{{placeText}}</bdi>{{/placeText}}</td><td>{{admin1}}</td><td>{{measure}}</td><td>{{category}}</td><td class="n">{{low}}</td><td class="n">{{best}}</td><td class="n">{{high}}</td>
        <td><ul class="figures">{{#sources}}<li>{{#arabic}}<bdi dir="rtl" lang="ar">{{source}}</bdi>{{/arabic}}{{^arabic}}<bdi>{{source}}</bdi>{{/arabic}}: <a href="{{href}}">{{qualifier}} {{value}}</a>{{#revised}} (revised){{/revised}}</li>{{/sources}}</ul></td></tr>{{/rows}}
        </tbody></table>{{/hasRows}}
        {{> footer}}
        """#

    static let discrepancies = #"""
        {{#chrome}}{{> header}}{{/chrome}}
        <div class="filters" role="search"><label>Kind <select id="f-kind"><option value="">all</option>{{#kinds}}<option value="{{value}}">{{value}} ({{count}})</option>{{/kinds}}</select></label>
        <label>Severity <select id="f-sev"><option value="">all</option>{{#severities}}<option value="{{value}}">{{value}} ({{count}})</option>{{/severities}}</select></label>
        <span>showing <b id="f-count">{{total}}</b> of {{total}}</span></div>
        {{#items}}
        <details id="{{id}}" class="sev-{{severity}}" data-kind="{{kind}}" data-severity="{{severity}}"{{#open}} open{{/open}}>
        <summary><span class="kind">{{kind}}</span> · <b>{{severity}}</b> · <span dir="{{summaryDir}}">{{summary}}</span></summary>
        <p>stated {{stated}} · against {{other}} · gap {{gap}} · <code>{{id}}</code>{{#incidents}} · <a href="{{href}}"><code>{{id}}</code></a>{{/incidents}}</p>
        <div class="sides"><div><h4>Side A</h4><ul>{{#sideA}}{{> evidence}}{{/sideA}}</ul></div><div><h4>Side B</h4><ul>{{#sideB}}{{> evidence}}{{/sideB}}</ul></div></div>
        </details>
        {{/items}}
        {{> footer}}
        """#

    static let claims = #"""
        {{#chrome}}{{> header}}{{/chrome}}
        {{^hasRows}}<p>No claims in this ledger.</p>{{/hasRows}}{{#hasRows}}
        <table class="claims"><thead><tr><th>claim</th><th>report</th><th>source</th><th>day</th><th>kind</th><th>measure</th><th class="n">value</th><th>category</th><th>place</th><th>status</th><th>as stated</th></tr></thead><tbody>
        {{#rows}}<tr id="c-{{id}}"><td><code>{{id}}</code></td><td><code>{{report}}</code></td><td><a href="{{sourceHref}}">{{#arabic}}<bdi dir="rtl" lang="ar">{{publisher}}</bdi>{{/arabic}}{{^arabic}}<bdi>{{publisher}}</bdi>{{/arabic}}</a></td><td>{{day}}</td><td>{{kind}}/{{role}}</td><td>{{measure}}</td><td class="n">{{value}}</td><td>{{category}}</td><td>{{place}}</td><td>{{status}}</td><td>{{#sentence}}{{> sentence}}{{/sentence}}</td></tr>{{/rows}}
        </tbody></table>{{/hasRows}}
        {{> footer}}
        """#

    static let source = #"""
        {{#chrome}}{{> header}}{{/chrome}}
        <h2 dir="{{nameDir}}" lang="{{nameLang}}">{{name}}</h2>
        <table class="record"><tbody>
        <tr><th>Reports</th><td class="n">{{reportCount}}</td></tr><tr><th>Claims</th><td class="n">{{claims}}</td></tr>
        <tr><th>Revised its own figures</th><td class="n">{{revisions}}</td></tr>
        <tr><th>Running series going down</th><td class="n">{{seriesDecreases}}</td></tr>
        <tr><th>Contradicted by another source</th><td class="n">{{contradicted}}</td></tr>
        <tr><th>Tallies ahead of known incidents</th><td class="n">{{ahead}}</td></tr>
        <tr><th>Tallies behind known incidents</th><td class="n">{{behind}}</td></tr>
        </tbody></table>
        {{#hasSeries}}<h2>Running series</h2>
        <table class="source-series"><thead><tr><th>scope</th><th class="n">points</th><th class="n">latest</th></tr></thead><tbody>
        {{#series}}<tr><td><a href="{{href}}">{{scope}}</a></td><td class="n">{{points}}</td><td class="n">{{last}}</td></tr>{{/series}}
        </tbody></table>{{/hasSeries}}
        {{#hasFindings}}<h2>Discrepancies citing it</h2>
        <table class="source-findings"><thead><tr><th>discrepancy</th><th>kind</th><th>severity</th><th>summary</th></tr></thead><tbody>
        {{#findings}}<tr><td><a href="{{href}}"><code>{{id}}</code></a></td><td class="kind">{{kind}}</td><td>{{severity}}</td><td><bdi>{{summary}}</bdi></td></tr>{{/findings}}
        </tbody></table>{{/hasFindings}}
        <h2>Reports</h2>
        <table class="source-reports"><thead><tr><th>report</th><th>published</th><th>file</th><th class="n">claims</th></tr></thead><tbody>
        {{#reports}}<tr><td><code>{{hash}}</code></td><td>{{published}}</td><td><bdi>{{file}}</bdi></td><td class="n">{{claims}}</td></tr>{{/reports}}
        </tbody></table>
        {{> footer}}
        """#
}
