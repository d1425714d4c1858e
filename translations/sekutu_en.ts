<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Sekutu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sekutu %1&lt;/h2&gt;&lt;p&gt;Sekutu (Indonesian for “ally”) lets readers check and explore the news about Russia&apos;s alliances: the CSTO and its members, NATO, the CIS, the SCO and Russia&apos;s treaties.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data sources&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Country codes and ISO names: Debian iso-codes (LGPL-2.1+)&lt;/li&gt;&lt;li&gt;Country names: Unicode CLDR (Unicode licence)&lt;/li&gt;&lt;li&gt;Capitals, areas, regions: world-countries 5.1.0 (ODbL-1.0)&lt;/li&gt;&lt;li&gt;Population: World Bank, World Development Indicators (ODC-PDDL)&lt;/li&gt;&lt;li&gt;Flags: Debian iso-flags-svg (public domain)&lt;/li&gt;&lt;li&gt;Alliances, treaties and ties: compiled from published sources; every record names its sources&lt;/li&gt;&lt;li&gt;Article: Serambinews.com (© TRIBUNnews.com Network), quoted for review; the English translation is Sekutu&apos;s own&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlliancePane</name>
    <message>
        <source>Show the members on this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members on date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show today&apos;s members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every membership phase, past and present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with another organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n membership phase(s)</source>
        <translation>
            <numerusform>%n membership phase</numerusform>
            <numerusform>%n membership phases</numerusform>
        </translation>
    </message>
    <message>
        <source>Members: %1 · observers and partners: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members o&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mem&amp;bers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;ver time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Com&amp;pared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The members on a date, and a comparison with another organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of members from the founding to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s members by population or area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how on map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the world map coloured by this organization on this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wor&amp;ld map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The members on the world map, on the date chosen above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step through the years (the same day and month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleHtml</name>
    <message>
        <source>Original text, in Indonesian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original text, in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation into Indonesian by Sekutu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation into English by Sekutu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>publisher, date of publication</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, citing %2</source>
        <comment>the original source of an article, and the source it cites</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cites</source>
        <comment>the source an article cites</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <comment>of a web article split into pages</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>page number of the page count, as in: page 1 of 4</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the original article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <comment>the photo at the top of the article (not shown in Sekutu)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (credit: %2)</source>
        <comment>image caption, and who made the image</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copyright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More about %1</source>
        <comment>link to the pane of a country or organization</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since publication (as of %1)</source>
        <comment>heading of a note on facts that changed after the article appeared</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since publication</source>
        <comment>heading of a note on facts that changed after the article appeared</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed or imprecise (as of %1)</source>
        <comment>heading of a note on a claim of the article that is disputed or imprecise</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed or imprecise</source>
        <comment>heading of a note on a claim of the article that is disputed or imprecise</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked (as of %1)</source>
        <comment>a quiet mark under a paragraph whose facts were checked and hold</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <comment>a quiet mark under a paragraph whose facts were checked and hold</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleModel</name>
    <message>
        <source>%1, edited by %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleReader</name>
    <message>
        <source>There is no article %1 in the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indonesian</source>
        <comment>show the article text in Indonesian</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the original Indonesian text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indonesian text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;English</source>
        <comment>show the article text in English</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read Sekutu&apos;s English translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Side by Side</source>
        <comment>show the Indonesian and English texts next to each other</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Indonesian text and its English translation next to each other, paragraph by paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indonesian and English side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep scrolling in step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When one side scrolls, scroll the other side to the same paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article text in Indonesian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article text in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading:</source>
        <comment>label before the choice of the article text: Indonesian, English or side by side</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;notes</source>
        <comment>the notes under the article&apos;s paragraphs on what changed since publication</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the notes on what has changed since the article was published, what is disputed and what was checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as an SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the chart to the clipboard as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chart made with Sekutu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Citation</name>
    <message>
        <source>%1, “%2”</source>
        <comment>publisher, title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, “%2”, %3</source>
        <comment>publisher, title, date</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Validate the data folder DIR, print every error and exit (1 when invalid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the data folder DIR instead of the bundled data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: id (Indonesian) or en (English).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sekutu explores the world&apos;s alliances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang must be id or en, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the data in use (bundled, or --data DIR) as one published dataset FILE and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for updates at URL (http or https) from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the time to the first frame of the window and the peak memory, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--update-url: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the world map as FILE (.svg or .png) and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --export-map: colour by organization/ID, ties or overlap/ID,ID (default organization/csto).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --export-map: the date, YYYY-MM-DD (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --export-map: the size in pixels, WIDTHxHEIGHT (default 1600x860).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a pane: country/RU, organization/csto, article/ID, overview or map.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonChart</name>
    <message>
        <source>%1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to open the country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare b&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare members by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 members by population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 members by area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population, millions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area, thousand km²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>unit — year, source</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a country&apos;s name (its code), when two share a name</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountryList</name>
    <message>
        <source>Search countries (name, ISO name or code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only members of an organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by tie to Russia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only countries with this tie to Russia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tie to Russia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of any organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n countries</source>
        <translation>
            <numerusform>%1 of %n country</numerusform>
            <numerusform>%1 of %n countries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountryModel</name>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tie to Russia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area (km²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <comment>tie to Russia</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · tie to Russia: %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CountryPane</name>
    <message>
        <source>Country details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataCheck</name>
    <message numerus="yes">
        <source>%1: %n error(s)</source>
        <translation>
            <numerusform>%1: %n error</numerusform>
            <numerusform>%1: %n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n countries</source>
        <translation>
            <numerusform>%n country</numerusform>
            <numerusform>%n countries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organizations</source>
        <translation>
            <numerusform>%n organization</numerusform>
            <numerusform>%n organizations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relations</source>
        <translation>
            <numerusform>%n relation</numerusform>
            <numerusform>%n relations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n articles</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: valid (%2, %3, %4, %5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataExport</name>
    <message>
        <source>the bundled data</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s); nothing was written</source>
        <translation>
            <numerusform>%1: %n error; nothing was written</numerusform>
            <numerusform>%1: %n errors; nothing was written</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 from %2 (version %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataSourceController</name>
    <message>
        <source>&amp;Open Data Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the data in a folder laid out like the bundled data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;Bundled Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the data that came with Sekutu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for &amp;Updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download newer data from the update address, if there is any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update &amp;Address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the address where Sekutu checks for newer data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for Updates at &amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the update address each time Sekutu starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop checking for updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 countries, %2 organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundled data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated data, version %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Data Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now using the data in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking for updates at %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Not Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Not Loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The data in %1 has %n problem(s) and was not loaded. Sekutu keeps using the data it had.</source>
        <translation>
            <numerusform>The data in %1 has %n problem and was not loaded. Sekutu keeps using the data it had.</numerusform>
            <numerusform>The data in %1 has %n problems and was not loaded. Sekutu keeps using the data it had.</numerusform>
        </translation>
    </message>
    <message>
        <source>A check for updates is already running; wait for it, or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking for updates at %1 over plain http: not encrypted, anyone on the way could change the data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now using the older data, version %1 of %2, from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use it only if you want to go back to an earlier version and trust the update address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Older Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Current Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for Updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sekutu does not know where to look for newer data yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sekutu has no update service of its own. A teacher, a newsroom or anyone who keeps Sekutu&apos;s data up to date can put it on the web and give you its address. If you have such an address, enter it; otherwise Sekutu keeps using the data it came with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enter Address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address you were given for newer Sekutu data (it begins with https://):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataSources</name>
    <message>
        <source>the bundled data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data from %1 is valid but could not be saved, so it is not used: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetChecker</name>
    <message>
        <source>%1 is a duplicate of /countries/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an ISO 3166-1 country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a duplicate of /organizations/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a country in countries.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not after the date joined (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before the date joined (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this phase of %1 overlaps %2/members/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a duplicate of /relations/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an organization in organizations.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a duplicate of /articles/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a duplicate of %2/paragraphs/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 links to nothing in the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not occur in the paragraph&apos;s Indonesian text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not occur in the paragraph&apos;s English text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetLoader</name>
    <message>
        <source>no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large (%1 MiB; the limit is %2 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetParser</name>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetPublisher</name>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetUpdater</name>
    <message>
        <source>No update address is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid address: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https address; Sekutu downloads data only over http and https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check for updates at %1 was canceled; the data in use has not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data in use (version %1 of %2) is the latest at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2 %3 instead of sending the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download from %1 is incomplete: %2 of %3 bytes arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file at %1 is not valid Sekutu data (%n problem(s), the first: %2). The data in use has not changed.</source>
        <translation>
            <numerusform>The file at %1 is not valid Sekutu data (%n problem: %2). The data in use has not changed.</numerusform>
            <numerusform>The file at %1 is not valid Sekutu data (%n problems, the first: %2). The data in use has not changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Now using data version %1 of %2 from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file at %1 is larger than %2 MiB, the most Sekutu accepts; it was not downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 was not found (for %2). Check the update address and the network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 refused the connection (for %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 did not answer within %n second.</numerusform>
            <numerusform>%1 did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server closed the connection before all of %1 arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirects from https to an insecure http address; Sekutu does not follow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (for %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at %1 (HTTP 404 Not Found). Check the update address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with an error: HTTP %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be downloaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 redirects more than %n time(s) (a redirect loop?).</source>
        <translation>
            <numerusform>%1 redirects more than %n time (a redirect loop?).</numerusform>
            <numerusform>%1 redirects more than %n times (a redirect loop?).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a plain http address: the connection is not encrypted, and anyone on the way could change the data Sekutu receives. Use an https address if the server offers one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data at %1 (version %2 of %3) is older than the data in use (version %4 of %5), so it was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The download from %1 did not finish within %n minute(s) and was stopped; the data in use has not changed.</source>
        <translation>
            <numerusform>The download from %1 did not finish within %n minute and was stopped; the data in use has not changed.</numerusform>
            <numerusform>The download from %1 did not finish within %n minutes and was stopped; the data in use has not changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The download from %1 did not finish within %n second(s) and was stopped; the data in use has not changed.</source>
        <translation>
            <numerusform>The download from %1 did not finish within %n second and was stopped; the data in use has not changed.</numerusform>
            <numerusform>The download from %1 did not finish within %n seconds and was stopped; the data in use has not changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DownloadedDataset</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large (%1 MiB; the limit is %2 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n match(es)</source>
        <translation>
            <numerusform>%1 of %n match</numerusform>
            <numerusform>%1 of %n matches</numerusform>
        </translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find text in the article (%1); Enter for the next match, Shift+Enter for the previous one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocatorMap</name>
    <message>
        <source>Open the world map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>World map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Country…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch between Indonesian and English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Sekutu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sekutu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Sekutu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russia&apos;s ties and the organizations&apos; shared members, as charts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>World &amp;map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alliances on the world map, through time (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapColouring</name>
    <message>
        <source>No record in Sekutu&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tie on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended or frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russia&apos;s ties with the world</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A territory Sekutu has no record of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation suspended or frozen since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Former member, left on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no organization &quot;%1&quot; in the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation in %1 suspended or frozen since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer, partner or other role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <comment>a role in an organization, since a date</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapExport</name>
    <message>
        <source>%1: the file name must end in .svg or .png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map must be organization/ID, ties or overlap/ID,ID, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date must be a real date written YYYY-MM-DD from 1900 on, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT in pixels, from 200x150 to 8000x8000, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The world map could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Export the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sekutu shows who is allied with whom, and since when. &lt;a href=&quot;article&quot;&gt;Read the article&lt;/a&gt; · &lt;a href=&quot;alliance&quot;&gt;Explore an alliance&lt;/a&gt; · &lt;a href=&quot;language&quot;&gt;%1&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baca dalam bahasa Indonesia</source>
        <comment>the link that switches the language: written in the other language</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russia&apos;s ties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlap of two organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole world</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole world (Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the map as a PNG image or an SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the membership year by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>World map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the map to the clipboard as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map Not Exported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberComparison</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembershipChart</name>
    <message numerus="yes">
        <source>%1: %n member(s)</source>
        <translation>
            <numerusform>%1: %n member</numerusform>
            <numerusform>%1: %n members</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ %1</source>
        <comment>states joining</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>− %1</source>
        <comment>states leaving</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: members over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treaty signed or in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State joins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation suspended or frozen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembershipModel</name>
    <message>
        <source>Left on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation frozen since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet joined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembershipTimeline</name>
    <message>
        <source>%1 joins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leaves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s participation is suspended or frozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NameRules</name>
    <message>
        <source>holds a bidirectional control character (such as U+202E), which would reorder the text around it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the name of /%2/%3; readers could not tell them apart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationModel</name>
    <message>
        <source>Abbreviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverlapModel</name>
    <message numerus="yes">
        <source>%1 has %n member(s)</source>
        <translation>
            <numerusform>%1 has %n member</numerusform>
            <numerusform>%1 has %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 share %n member(s)</source>
        <translation>
            <numerusform>%1 and %2 share %n member</numerusform>
            <numerusform>%1 and %2 share %n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPane</name>
    <message>
        <source>&amp;Shared members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member states two organizations have in common today (the diagonal: each one&apos;s own members). Choose a cell to list them, a heading to open the organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries in both organizations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageTitle</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>World map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaneHtml</name>
    <message>
        <source>As of %1. Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no country with the code %1 in the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tie to Russia: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the article says:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a member of any organization in the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participation frozen since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no organization with the id %1 in the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obligation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In both (%n):</source>
        <translation>
            <numerusform>In both (%n):</numerusform>
            <numerusform>In both (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Only in %1 (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in Indonesian; officially %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in English; officially %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n member(s):</source>
        <translation>
            <numerusform>%1 has %n member:</numerusform>
            <numerusform>%1 has %n members:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 share %n member(s):</source>
        <translation>
            <numerusform>%1 and %2 share %n member:</numerusform>
            <numerusform>%1 and %2 share %n members:</numerusform>
        </translation>
    </message>
    <message>
        <source>not recorded</source>
        <comment>tie to Russia</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in Indonesian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observers and partners are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no organization “%1” in the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no article “%1” in the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing at “%1” in the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again from:</source>
        <translation></translation>
    </message>
    <message>
        <source>World map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaValidator</name>
    <message>
        <source>a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schema has no &quot;definitions&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schema has no definition &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schema cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the required field &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the text is shorter than %n character(s)</source>
        <translation>
            <numerusform>the text is shorter than %n character</numerusform>
            <numerusform>the text is shorter than %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the text is longer than %n character(s)</source>
        <translation>
            <numerusform>the text is longer than %n character</numerusform>
            <numerusform>the text is longer than %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the list needs at least %n item(s)</source>
        <translation>
            <numerusform>the list needs at least %n item</numerusform>
            <numerusform>the list needs at least %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the list has more than %n item(s)</source>
        <translation>
            <numerusform>the list has more than %n item</numerusform>
            <numerusform>the list has more than %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one of the fields %1 may be given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsHealth</name>
    <message>
        <source>The settings file %1 could not be read; default settings are used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>&amp;Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rticles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every UN member and observer state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alliances, unions and treaties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The news articles and their translations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TiesChart</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to list these countries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russia&apos;s ties at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>kind of tie (number of countries)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Africa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Americas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Europe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oceania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN member state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN observer state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <comment>role in an organization</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer</source>
        <comment>role in an organization</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <comment>role in an organization</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialogue partner</source>
        <comment>role in an organization</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associate</source>
        <comment>role in an organization</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <comment>a state that signed a treaty</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Military alliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economic union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Political organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilateral treaty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defence: help if a member is attacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offence: joint military action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutrality: not help an attacker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-aggression: not attack each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation: talk in a crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mutual obligation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treaty ally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategic partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <comment>tie to Russia</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pragmatic ties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hostile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treaty signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant (not a member)</source>
        <comment>role in an organization</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited (not confirmed)</source>
        <comment>role in an organization</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>--open: &quot;%1&quot; is not a country/, organization/, article/, overview or map target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schema</name>
    <message>
        <source>a date (YYYY-MM-DD, YYYY-MM or YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ISO 3166-1 alpha-3 code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ISO 3166-1 alpha-2 code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text in both languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an id (lowercase letters, digits and hyphens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a link target such as country/RU or organization/csto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an http or https address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a dataset version such as 2026.11.25 (letters, digits, dots, plus and hyphens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name in both languages (at most 200 characters)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
