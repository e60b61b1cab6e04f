<#ftl output_format="plainText">
<#-- The plain-text alternative of mail.ftlh: the same content, each table row a line.
     A line that holds only directives prints nothing; an empty line is a paragraph. -->
<#assign m = model>
<#assign t = m.t>
<#assign d = m.decision>
<#assign h = m.header>
${mail.greeting}

${mail.intro}

${h.title}: ${h.client}<#if m.units.unitName??> · ${m.units.unitName}</#if>
${h.wave}<#if h.waveDate??> · ${t['cover.waveDate']}: ${h.waveDate}</#if> · ${t['cover.customers']}: ${h.customers}

${t['section.decision']?upper_case}

${d.headline}
${d.overall}
<#if d.notMeasured??>
${d.notMeasured}
</#if>
<#if d.actFirst?has_content>

${t['decision.actFirst']}:
<#list d.actFirst as action>
${action?counter}. ${action.title}<#if action.questions?has_content>: ${action.questions}</#if>
   ${t['decision.col.step']}: ${action.step}
   ${t['decision.col.goal']}: ${action.goal}
   ${t['actions.owner']}: ${action.owner}
</#list>
</#if>
<#if d.toConfirm??>

${d.toConfirm}
</#if>
<#if d.more??>

${d.more}
</#if>
<#if d.trend??>

${d.trend}
</#if>
<#if m.units.unitName??>

${t['units.standing.title']?replace('{0}', m.units.unitName)}:
<#list m.units.standing as row>
- ${row.name} – ${row.status} · ${t['units.col.difference']} ${row.diff} · ${t['units.col.interval']} ${row.interval}
</#list>
${m.units.intro}
</#if>

${t['decision.levels']}:
<#list d.levels as level>
- ${level.name} – ${level.status}<#if level.statusKey != 'not_measured'> · ${t['levels.col.gap']} ${level.gap} · ${t['levels.col.interval']} ${level.interval} · ${t['levels.col.share']} ${level.shareMet}</#if><#list level.flags as flag> · ${flag}</#list>
</#list>
<#if d.gaps?has_content>

${t['decision.gaps']}:
<#list d.gaps as gap>
- ${gap.name} – ${gap.status}<#if gap.tone != 'not_measured'> · ${t['gaps.col.value']} ${gap.value} · ${t['gaps.col.interval']} ${gap.interval} · ${t['gaps.col.n']} ${gap.n}</#if>
</#list>
<#if d.evidence??>${d.evidence} </#if>${d.gapsNote}
</#if>

${t['decision.npsFcr']}:
- ${d.nps}
<#list d.fcr as row>
- ${row.channel} – ${row.position} · ${t['fcr.col.rate']} ${row.rate} (${row.interval}) · ${t['fcr.col.n']} ${row.n}
</#list>
<#if d.fcrSources?? && d.fcr?has_content>
${d.fcrSources}
</#if>

${mail.ending}

-- 
${mail.signature}
