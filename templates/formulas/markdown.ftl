<#-- Formula macros for the Markdown export, imported as "math" into the article prose: the same names as in
     html.ftl, writing LaTeX that KaTeX (strict mode) and MathJax render: $$…$$ for display, $…$ inline. -->
<#macro block markup>

$$
${markup}
$$

</#macro>
<#macro gate step key><#list fx.units() as j><@block fx.gate(step.raw, key, j)/></#list></#macro>
<#macro cell step><#list fx.units() as j><@block fx.cell(step.raw, j)/></#list></#macro>
<#macro hidden step><#list fx.units() as j><@block fx.hidden(step.raw, j)/></#list></#macro>
<#macro concat step><@block fx.concat(step.raw)/></#macro>
<#macro input step><@block fx.input(step.raw)/></#macro>
<#macro recap what><@block fx.recap(what)/></#macro>
<#macro sym base sub="">${fx.name(base, sub)}</#macro>
<#macro value step which>${fx.value(step.raw, which)}</#macro>
