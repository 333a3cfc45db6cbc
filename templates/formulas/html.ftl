<#-- Formula macros for the HTML page, imported as "math" into the article prose.
     Each display formula is MathML in a box that scrolls sideways on a narrow screen; it is written on one line
     with blank lines around it, so Markdown passes it through as an HTML block.
     The same macros exist in markdown.ftl (LaTeX); the prose calls them without knowing which it gets. -->
<#macro block markup>

<div class="formula">${markup}</div>

</#macro>
<#-- Every unit's derivation of a gate (or unit 1 only beyond fx.EXPAND_LIMIT units). key: forget, input,
     candidate or output. -->
<#macro gate step key><#list fx.units() as j><@block fx.gate(step.raw, key, j)/></#list></#macro>
<#macro cell step><#list fx.units() as j><@block fx.cell(step.raw, j)/></#list></#macro>
<#macro hidden step><#list fx.units() as j><@block fx.hidden(step.raw, j)/></#list></#macro>
<#macro concat step><@block fx.concat(step.raw)/></#macro>
<#macro input step><@block fx.input(step.raw)/></#macro>
<#-- The generic formula: forget, input, candidate, output, cell or hidden. -->
<#macro recap what><@block fx.recap(what)/></#macro>
<#-- Inline: a symbol (sym "h" "t−1"; "C~" for C̃), or a value of a step (value step "h"). -->
<#macro sym base sub="">${fx.name(base, sub)}</#macro>
<#macro value step which>${fx.value(step.raw, which)}</#macro>
