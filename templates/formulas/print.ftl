<#-- Formula macros for the printed sheets (handout, exercises, answers), imported as "math" into the article prose:
     the same names as in html.ftl, writing XHTML tables and spans so that every number in the PDF is real text.
     On exercise sheets fx replaces results with numbered blanks (see content/site.json, "exercises"). -->
<#macro block markup>

<div class="formula">${markup}</div>

</#macro>
<#macro gate step key><#list fx.units() as j><@block fx.gate(step.raw, key, j)/></#list></#macro>
<#macro cell step><#list fx.units() as j><@block fx.cell(step.raw, j)/></#list></#macro>
<#macro hidden step><#list fx.units() as j><@block fx.hidden(step.raw, j)/></#list></#macro>
<#macro concat step><@block fx.concat(step.raw)/></#macro>
<#macro input step><@block fx.input(step.raw)/></#macro>
<#macro recap what><@block fx.recap(what)/></#macro>
<#macro sym base sub="">${fx.name(base, sub)}</#macro>
<#macro value step which>${fx.value(step.raw, which)}</#macro>
