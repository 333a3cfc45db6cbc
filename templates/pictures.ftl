<#-- Picture macros, imported as "pictures" into the article prose: SVG drawn from the run by the tool, inline on the
     web page and in the PDFs, an image link (with the SVG beside it) in the Markdown export. -->
<#macro block markup><#if target == "markdown">

${markup}

<#else>

<figure class="picture">${markup}</figure>

</#if></#macro>
<#-- The cell at one step, every wire labelled with its value. -->
<#macro cell step><@block px.cell(step.raw)/></#macro>
<#-- f, i, C̃ and o over the sentence. -->
<#macro gates><@block px.gates()/></#macro>
<#-- C and h over the sentence. -->
<#macro states><@block px.states()/></#macro>
