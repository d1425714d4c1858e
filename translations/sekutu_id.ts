<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Sekutu</source>
        <translation>Tentang Sekutu</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sekutu %1&lt;/h2&gt;&lt;p&gt;Sekutu (Indonesian for “ally”) lets readers check and explore the news about Russia&apos;s alliances: the CSTO and its members, NATO, the CIS, the SCO and Russia&apos;s treaties.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data sources&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Country codes and ISO names: Debian iso-codes (LGPL-2.1+)&lt;/li&gt;&lt;li&gt;Country names: Unicode CLDR (Unicode licence)&lt;/li&gt;&lt;li&gt;Capitals, areas, regions: world-countries 5.1.0 (ODbL-1.0)&lt;/li&gt;&lt;li&gt;Population: World Bank, World Development Indicators (ODC-PDDL)&lt;/li&gt;&lt;li&gt;Flags: Debian iso-flags-svg (public domain)&lt;/li&gt;&lt;li&gt;Alliances, treaties and ties: compiled from published sources; every record names its sources&lt;/li&gt;&lt;li&gt;Article: Serambinews.com (© TRIBUNnews.com Network), quoted for review; the English translation is Sekutu&apos;s own&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Sekutu %1&lt;/h2&gt;&lt;p&gt;Sekutu membantu pembaca memeriksa dan menelusuri berita tentang aliansi-aliansi Rusia: CSTO beserta negara-negara anggotanya, NATO, CIS, SCO, serta perjanjian-perjanjian yang ditandatangani Rusia.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sumber data&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Kode negara dan nama ISO: Debian iso-codes (LGPL-2.1+)&lt;/li&gt;&lt;li&gt;Nama negara: Unicode CLDR (lisensi Unicode)&lt;/li&gt;&lt;li&gt;Ibu kota, luas wilayah, kawasan: world-countries 5.1.0 (ODbL-1.0)&lt;/li&gt;&lt;li&gt;Jumlah penduduk: Bank Dunia, World Development Indicators (ODC-PDDL)&lt;/li&gt;&lt;li&gt;Bendera: Debian iso-flags-svg (domain publik)&lt;/li&gt;&lt;li&gt;Aliansi, perjanjian, dan hubungan: dihimpun dari sumber-sumber yang telah diterbitkan; setiap entri mencantumkan sumbernya&lt;/li&gt;&lt;li&gt;Artikel: Serambinews.com (© TRIBUNnews.com Network), dikutip untuk keperluan telaah; terjemahan bahasa Inggrisnya dibuat sendiri oleh Sekutu&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Dibangun dengan Qt %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AlliancePane</name>
    <message>
        <source>Show the members on this date</source>
        <translation>Tampilkan anggota per tanggal ini</translation>
    </message>
    <message>
        <source>Members on date</source>
        <translation>Anggota per tanggal</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hari ini</translation>
    </message>
    <message>
        <source>Show today&apos;s members</source>
        <translation>Tampilkan anggota saat ini</translation>
    </message>
    <message>
        <source>&amp;All dates</source>
        <translation>&amp;Semua tanggal</translation>
    </message>
    <message>
        <source>Show every membership phase, past and present</source>
        <translation>Tampilkan semua periode keanggotaan, baik yang lalu maupun yang sekarang</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Compare with another organization</source>
        <translation>Bandingkan dengan organisasi lain</translation>
    </message>
    <message>
        <source>Organization details</source>
        <translation>Rincian organisasi</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Perbandingan</translation>
    </message>
    <message>
        <source>Choose an organization</source>
        <translation>Pilih organisasi</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n membership phase(s)</source>
        <translation>
            <numerusform>%n periode keanggotaan</numerusform>
        </translation>
    </message>
    <message>
        <source>Members: %1 · observers and partners: %2</source>
        <translation>Anggota: %1 · pengamat dan mitra: %2</translation>
    </message>
    <message>
        <source>Members o&amp;n:</source>
        <translation>Anggota &amp;per tanggal:</translation>
    </message>
    <message>
        <source>Co&amp;mpare with:</source>
        <translation>Ban&amp;dingkan dengan:</translation>
    </message>
    <message>
        <source>Mem&amp;bers</source>
        <translation>Da&amp;ftar anggota</translation>
    </message>
    <message>
        <source>O&amp;ver time</source>
        <translation>Dari &amp;waktu ke waktu</translation>
    </message>
    <message>
        <source>Com&amp;pared</source>
        <translation>P&amp;erbandingan</translation>
    </message>
    <message>
        <source>The members on a date, and a comparison with another organization</source>
        <translation>Anggota per tanggal tertentu, serta perbandingan dengan organisasi lain</translation>
    </message>
    <message>
        <source>The number of members from the founding to today</source>
        <translation>Jumlah anggota sejak didirikan hingga saat ini</translation>
    </message>
    <message>
        <source>Today&apos;s members by population or area</source>
        <translation>Anggota saat ini menurut jumlah penduduk atau luas wilayah</translation>
    </message>
    <message>
        <source>S&amp;how on map</source>
        <translation>Tampi&amp;lkan di peta</translation>
    </message>
    <message>
        <source>Open the world map coloured by this organization on this date</source>
        <translation>Buka peta dunia yang diwarnai menurut organisasi ini pada tanggal ini</translation>
    </message>
    <message>
        <source>Wor&amp;ld map</source>
        <translation>Peta d&amp;unia</translation>
    </message>
    <message>
        <source>The members on the world map, on the date chosen above</source>
        <translation>Anggota di peta dunia, pada tanggal yang dipilih di atas</translation>
    </message>
    <message>
        <source>Step through the years (the same day and month)</source>
        <translation>Telusuri dari tahun ke tahun (tanggal dan bulan yang sama)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
</context>
<context>
    <name>ArticleHtml</name>
    <message>
        <source>Original text, in Indonesian</source>
        <translation>Teks asli, dalam bahasa Indonesia</translation>
    </message>
    <message>
        <source>Original text, in English</source>
        <translation>Teks asli, dalam bahasa Inggris</translation>
    </message>
    <message>
        <source>Translation into Indonesian by Sekutu</source>
        <translation>Diterjemahkan ke dalam bahasa Indonesia oleh Sekutu</translation>
    </message>
    <message>
        <source>Translation into English by Sekutu</source>
        <translation>Diterjemahkan ke dalam bahasa Inggris oleh Sekutu</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>publisher, date of publication</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Penerbit</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Penyunting</translation>
    </message>
    <message>
        <source>Original source</source>
        <translation>Sumber asli</translation>
    </message>
    <message>
        <source>%1, citing %2</source>
        <comment>the original source of an article, and the source it cites</comment>
        <translation>%1, mengutip %2</translation>
    </message>
    <message>
        <source>Cites</source>
        <comment>the source an article cites</comment>
        <translation>Mengutip</translation>
    </message>
    <message>
        <source>Page</source>
        <comment>of a web article split into pages</comment>
        <translation>Halaman</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>page number of the page count, as in: page 1 of 4</comment>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Halaman web</translation>
    </message>
    <message>
        <source>Open the original article</source>
        <translation>Buka artikel asli</translation>
    </message>
    <message>
        <source>Image</source>
        <comment>the photo at the top of the article (not shown in Sekutu)</comment>
        <translation>Foto</translation>
    </message>
    <message>
        <source>%1 (credit: %2)</source>
        <comment>image caption, and who made the image</comment>
        <translation>%1 (foto: %2)</translation>
    </message>
    <message>
        <source>Copyright</source>
        <translation>Hak cipta</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Terjemahan</translation>
    </message>
    <message>
        <source>More about %1</source>
        <comment>link to the pane of a country or organization</comment>
        <translation>Selengkapnya tentang %1</translation>
    </message>
    <message>
        <source>Changed since publication (as of %1)</source>
        <comment>heading of a note on facts that changed after the article appeared</comment>
        <translation>Berubah sejak artikel terbit (per %1)</translation>
    </message>
    <message>
        <source>Changed since publication</source>
        <comment>heading of a note on facts that changed after the article appeared</comment>
        <translation>Berubah sejak artikel terbit</translation>
    </message>
    <message>
        <source>Disputed or imprecise (as of %1)</source>
        <comment>heading of a note on a claim of the article that is disputed or imprecise</comment>
        <translation>Diperdebatkan atau kurang tepat (per %1)</translation>
    </message>
    <message>
        <source>Disputed or imprecise</source>
        <comment>heading of a note on a claim of the article that is disputed or imprecise</comment>
        <translation>Diperdebatkan atau kurang tepat</translation>
    </message>
    <message>
        <source>Checked (as of %1)</source>
        <comment>a quiet mark under a paragraph whose facts were checked and hold</comment>
        <translation>Sudah diperiksa (per %1)</translation>
    </message>
    <message>
        <source>Checked</source>
        <comment>a quiet mark under a paragraph whose facts were checked and hold</comment>
        <translation>Sudah diperiksa</translation>
    </message>
</context>
<context>
    <name>ArticleModel</name>
    <message>
        <source>%1, edited by %2</source>
        <translation>%1, disunting oleh %2</translation>
    </message>
</context>
<context>
    <name>ArticleReader</name>
    <message>
        <source>There is no article %1 in the data.</source>
        <translation>Tidak ada artikel %1 dalam data.</translation>
    </message>
    <message>
        <source>No article is open.</source>
        <translation>Tidak ada artikel yang dibuka.</translation>
    </message>
    <message>
        <source>Article language</source>
        <translation>Bahasa artikel</translation>
    </message>
    <message>
        <source>&amp;Indonesian</source>
        <comment>show the article text in Indonesian</comment>
        <translation>&amp;Indonesia</translation>
    </message>
    <message>
        <source>Read the original Indonesian text</source>
        <translation>Baca teks asli berbahasa Indonesia</translation>
    </message>
    <message>
        <source>Indonesian text</source>
        <translation>Teks bahasa Indonesia</translation>
    </message>
    <message>
        <source>&amp;English</source>
        <comment>show the article text in English</comment>
        <translation>Ingg&amp;ris</translation>
    </message>
    <message>
        <source>Read Sekutu&apos;s English translation</source>
        <translation>Baca terjemahan bahasa Inggris buatan Sekutu</translation>
    </message>
    <message>
        <source>English text</source>
        <translation>Teks bahasa Inggris</translation>
    </message>
    <message>
        <source>&amp;Side by Side</source>
        <comment>show the Indonesian and English texts next to each other</comment>
        <translation>Ber&amp;dampingan</translation>
    </message>
    <message>
        <source>Read the Indonesian text and its English translation next to each other, paragraph by paragraph</source>
        <translation>Baca teks bahasa Indonesia dan terjemahan bahasa Inggrisnya secara berdampingan, paragraf demi paragraf</translation>
    </message>
    <message>
        <source>Indonesian and English side by side</source>
        <translation>Bahasa Indonesia dan bahasa Inggris berdampingan</translation>
    </message>
    <message>
        <source>&amp;Keep scrolling in step</source>
        <translation>Gulir &amp;serempak</translation>
    </message>
    <message>
        <source>When one side scrolls, scroll the other side to the same paragraph</source>
        <translation>Saat satu sisi digulir, gulir sisi lainnya ke paragraf yang sama</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Perbesar</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Perkecil</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>Ukuran Semula</translation>
    </message>
    <message>
        <source>Article text in Indonesian</source>
        <translation>Teks artikel dalam bahasa Indonesia</translation>
    </message>
    <message>
        <source>Article text in English</source>
        <translation>Teks artikel dalam bahasa Inggris</translation>
    </message>
    <message>
        <source>Reading:</source>
        <comment>label before the choice of the article text: Indonesian, English or side by side</comment>
        <translation>Baca:</translation>
    </message>
    <message>
        <source>Show &amp;notes</source>
        <comment>the notes under the article&apos;s paragraphs on what changed since publication</comment>
        <translation>Tampilkan &amp;catatan</translation>
    </message>
    <message>
        <source>Show the notes on what has changed since the article was published, what is disputed and what was checked</source>
        <translation>Tampilkan catatan tentang apa yang berubah sejak artikel terbit, apa yang diperdebatkan, dan apa yang sudah diperiksa</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Save as PNG…</source>
        <translation>Simpan sebagai PNG…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>Simpan grafik sebagai gambar PNG</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>Simpan sebagai SVG…</translation>
    </message>
    <message>
        <source>Save the chart as an SVG drawing</source>
        <translation>Simpan grafik sebagai gambar vektor SVG</translation>
    </message>
    <message>
        <source>Copy Chart</source>
        <translation>Salin Grafik</translation>
    </message>
    <message>
        <source>Copy the chart to the clipboard as an image</source>
        <translation>Salin grafik ke papan klip sebagai gambar</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Grafik</translation>
    </message>
    <message>
        <source>A chart made with Sekutu</source>
        <translation>Grafik yang dibuat dengan Sekutu</translation>
    </message>
    <message>
        <source>Save Chart as SVG</source>
        <translation>Simpan Grafik sebagai SVG</translation>
    </message>
    <message>
        <source>Save Chart as PNG</source>
        <translation>Simpan Grafik sebagai PNG</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Gambar vektor SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Gambar PNG (*.png)</translation>
    </message>
    <message>
        <source>Chart Not Saved</source>
        <translation>Grafik Gagal Disimpan</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1.</source>
        <translation>Grafik tidak dapat disimpan ke %1.</translation>
    </message>
</context>
<context>
    <name>Citation</name>
    <message>
        <source>%1, “%2”</source>
        <comment>publisher, title</comment>
        <translation>%1, “%2”</translation>
    </message>
    <message>
        <source>%1, “%2”, %3</source>
        <comment>publisher, title, date</comment>
        <translation>%1, “%2”, %3</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Validate the data folder DIR, print every error and exit (1 when invalid).</source>
        <translation>Periksa keabsahan folder data DIR, tampilkan setiap kesalahan, lalu keluar (kode keluar 1 jika tidak valid).</translation>
    </message>
    <message>
        <source>Use the data folder DIR instead of the bundled data.</source>
        <translation>Gunakan folder data DIR sebagai pengganti data bawaan.</translation>
    </message>
    <message>
        <source>Interface language: id (Indonesian) or en (English).</source>
        <translation>Bahasa antarmuka: id (Indonesia) atau en (Inggris).</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Tampilkan bantuan ini, lalu keluar.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Tampilkan versi, lalu keluar.</translation>
    </message>
    <message>
        <source>Sekutu explores the world&apos;s alliances.</source>
        <translation>Sekutu menjelajahi aliansi-aliansi dunia.</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>argumen tak terduga: %1</translation>
    </message>
    <message>
        <source>--lang must be id or en, not &quot;%1&quot;</source>
        <translation>--lang harus id atau en, bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Write the data in use (bundled, or --data DIR) as one published dataset FILE and exit.</source>
        <translation>Tulis data yang sedang digunakan (data bawaan atau --data DIR) sebagai satu set data terbitan ke berkas FILE, lalu keluar.</translation>
    </message>
    <message>
        <source>Check for updates at URL (http or https) from now on.</source>
        <translation>Mulai sekarang, periksa pembaruan di URL (http atau https).</translation>
    </message>
    <message>
        <source>Print the time to the first frame of the window and the peak memory, then quit.</source>
        <translation>Tampilkan waktu hingga bingkai pertama jendela dan puncak penggunaan memori, lalu keluar.</translation>
    </message>
    <message>
        <source>--update-url: %1</source>
        <translation>--update-url: %1</translation>
    </message>
    <message>
        <source>Write the world map as FILE (.svg or .png) and exit.</source>
        <translation>Tulis peta dunia sebagai FILE (.svg atau .png) lalu keluar.</translation>
    </message>
    <message>
        <source>With --export-map: colour by organization/ID, ties or overlap/ID,ID (default organization/csto).</source>
        <translation>Dengan --export-map: warnai menurut organization/ID, ties, atau overlap/ID,ID (bawaan organization/csto).</translation>
    </message>
    <message>
        <source>With --export-map: the date, YYYY-MM-DD (default today).</source>
        <translation>Dengan --export-map: tanggal, YYYY-MM-DD (bawaan hari ini).</translation>
    </message>
    <message>
        <source>With --export-map: the size in pixels, WIDTHxHEIGHT (default 1600x860).</source>
        <translation>Dengan --export-map: ukuran dalam piksel, LEBARxTINGGI (bawaan 1600x860).</translation>
    </message>
    <message>
        <source>Open a pane: country/RU, organization/csto, article/ID, overview or map.</source>
        <translation>Buka panel: country/RU, organization/csto, article/ID, overview, atau map.</translation>
    </message>
</context>
<context>
    <name>ComparisonChart</name>
    <message>
        <source>%1 people</source>
        <translation>%1 jiwa</translation>
    </message>
    <message>
        <source>%1 km²</source>
        <translation>%1 km²</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Click to open the country.</source>
        <translation>Klik untuk membuka rincian negara ini.</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Jumlah penduduk</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Luas wilayah</translation>
    </message>
    <message>
        <source>Compare b&amp;y:</source>
        <translation>Bandingkan &amp;menurut:</translation>
    </message>
    <message>
        <source>Compare members by</source>
        <translation>Bandingkan anggota menurut</translation>
    </message>
    <message>
        <source>%1 members by population</source>
        <translation>Anggota %1 menurut jumlah penduduk</translation>
    </message>
    <message>
        <source>%1 members by area</source>
        <translation>Anggota %1 menurut luas wilayah</translation>
    </message>
    <message>
        <source>Population, millions</source>
        <translation>Jumlah penduduk, juta jiwa</translation>
    </message>
    <message>
        <source>Area, thousand km²</source>
        <translation>Luas wilayah, ribu km²</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>unit — year, source</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a country&apos;s name (its code), when two share a name</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CountryList</name>
    <message>
        <source>Search countries (name, ISO name or code)</source>
        <translation>Cari negara (nama, nama ISO, atau kode)</translation>
    </message>
    <message>
        <source>Search countries</source>
        <translation>Cari negara</translation>
    </message>
    <message>
        <source>Filter by organization</source>
        <translation>Saring menurut organisasi</translation>
    </message>
    <message>
        <source>Show only members of an organization</source>
        <translation>Tampilkan hanya anggota suatu organisasi</translation>
    </message>
    <message>
        <source>Filter by tie to Russia</source>
        <translation>Saring menurut hubungan dengan Rusia</translation>
    </message>
    <message>
        <source>Show only countries with this tie to Russia</source>
        <translation>Tampilkan hanya negara yang memiliki jenis hubungan ini dengan Rusia</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Any tie to Russia</source>
        <translation>Semua jenis hubungan dengan Rusia</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Semua negara</translation>
    </message>
    <message>
        <source>Members of any organization</source>
        <translation>Anggota organisasi mana pun</translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation>Anggota %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n countries</source>
        <translation>
            <numerusform>%1 dari %n negara</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountryModel</name>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Tie to Russia</source>
        <translation>Hubungan dengan Rusia</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Kawasan</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation>Ibu kota</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Penduduk</translation>
    </message>
    <message>
        <source>Area (km²)</source>
        <translation>Luas (km²)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <comment>tie to Russia</comment>
        <translation>tidak tercatat</translation>
    </message>
    <message>
        <source>%1 · tie to Russia: %2</source>
        <translation>%1 · hubungan dengan Rusia: %2</translation>
    </message>
</context>
<context>
    <name>CountryPane</name>
    <message>
        <source>Country details</source>
        <translation>Rincian negara</translation>
    </message>
</context>
<context>
    <name>DataCheck</name>
    <message numerus="yes">
        <source>%1: %n error(s)</source>
        <translation>
            <numerusform>%1: %n kesalahan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n countries</source>
        <translation>
            <numerusform>%n negara</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organizations</source>
        <translation>
            <numerusform>%n organisasi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relations</source>
        <translation>
            <numerusform>%n hubungan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n articles</source>
        <translation>
            <numerusform>%n artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: valid (%2, %3, %4, %5)</source>
        <translation>%1: valid (%2, %3, %4, %5)</translation>
    </message>
</context>
<context>
    <name>DataExport</name>
    <message>
        <source>the bundled data</source>
        <translation>data bawaan</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s); nothing was written</source>
        <translation>
            <numerusform>%1: %n kesalahan; tidak ada yang ditulis</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>Wrote %1 from %2 (version %3).</source>
        <translation>%1 berhasil ditulis dari %2 (versi %3).</translation>
    </message>
</context>
<context>
    <name>DataSourceController</name>
    <message>
        <source>&amp;Open Data Folder…</source>
        <translation>&amp;Buka Folder Data…</translation>
    </message>
    <message>
        <source>Use the data in a folder laid out like the bundled data</source>
        <translation>Gunakan data dari folder yang tersusun seperti data bawaan</translation>
    </message>
    <message>
        <source>Use &amp;Bundled Data</source>
        <translation>&amp;Gunakan Data Bawaan</translation>
    </message>
    <message>
        <source>Go back to the data that came with Sekutu</source>
        <translation>Kembali ke data yang disertakan bersama Sekutu</translation>
    </message>
    <message>
        <source>Check for &amp;Updates</source>
        <translation>Periksa &amp;Pembaruan</translation>
    </message>
    <message>
        <source>Download newer data from the update address, if there is any</source>
        <translation>Unduh data yang lebih baru dari alamat pembaruan, jika ada</translation>
    </message>
    <message>
        <source>Update &amp;Address…</source>
        <translation>&amp;Alamat Pembaruan…</translation>
    </message>
    <message>
        <source>Set the address where Sekutu checks for newer data</source>
        <translation>Atur alamat tempat Sekutu memeriksa ketersediaan data yang lebih baru</translation>
    </message>
    <message>
        <source>Check for Updates at &amp;Start</source>
        <translation>Periksa Pembaruan saat &amp;Dimulai</translation>
    </message>
    <message>
        <source>Check the update address each time Sekutu starts</source>
        <translation>Periksa alamat pembaruan setiap kali Sekutu dimulai</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Stop checking for updates</source>
        <translation>Hentikan pemeriksaan pembaruan</translation>
    </message>
    <message>
        <source>%1 countries, %2 organizations</source>
        <translation>%1 negara, %2 organisasi</translation>
    </message>
    <message>
        <source>Bundled data: %1</source>
        <translation>Data bawaan: %1</translation>
    </message>
    <message>
        <source>Data from %1: %2</source>
        <translation>Data dari %1: %2</translation>
    </message>
    <message>
        <source>Updated data, version %1 of %2: %3</source>
        <translation>Data pembaruan, versi %1 tertanggal %2: %3</translation>
    </message>
    <message>
        <source>Downloaded from %1</source>
        <translation>Diunduh dari %1</translation>
    </message>
    <message>
        <source>Open Data Folder</source>
        <translation>Buka Folder Data</translation>
    </message>
    <message>
        <source>Now using the data in %1.</source>
        <translation>Kini menggunakan data di %1.</translation>
    </message>
    <message>
        <source>Update Address</source>
        <translation>Alamat Pembaruan</translation>
    </message>
    <message>
        <source>Checking for updates at %1…</source>
        <translation>Memeriksa pembaruan di %1…</translation>
    </message>
    <message>
        <source>Data Not Updated</source>
        <translation>Data Tidak Diperbarui</translation>
    </message>
    <message>
        <source>Data Not Loaded</source>
        <translation>Data Tidak Dimuat</translation>
    </message>
    <message numerus="yes">
        <source>The data in %1 has %n problem(s) and was not loaded. Sekutu keeps using the data it had.</source>
        <translation>
            <numerusform>Data di %1 memiliki %n masalah sehingga tidak dimuat. Sekutu tetap menggunakan data sebelumnya.</numerusform>
        </translation>
    </message>
    <message>
        <source>A check for updates is already running; wait for it, or cancel it.</source>
        <translation>Pemeriksaan pembaruan sedang berjalan; tunggu hingga selesai, atau batalkan.</translation>
    </message>
    <message>
        <source>Checking for updates at %1 over plain http: not encrypted, anyone on the way could change the data…</source>
        <translation>Memeriksa pembaruan di %1 melalui http biasa: tidak terenkripsi, siapa pun di jalur koneksi dapat mengubah datanya…</translation>
    </message>
    <message>
        <source>Now using the older data, version %1 of %2, from %3.</source>
        <translation>Sekarang menggunakan data yang lebih lama, versi %1 tertanggal %2, dari %3.</translation>
    </message>
    <message>
        <source>Older Data</source>
        <translation>Data Lebih Lama</translation>
    </message>
    <message>
        <source>Use it only if you want to go back to an earlier version and trust the update address.</source>
        <translation>Gunakan hanya jika Anda ingin kembali ke versi sebelumnya dan memercayai alamat pembaruan.</translation>
    </message>
    <message>
        <source>Use Older Data</source>
        <translation>Gunakan Data Lebih Lama</translation>
    </message>
    <message>
        <source>Keep Current Data</source>
        <translation>Tetap Gunakan Data Sekarang</translation>
    </message>
    <message>
        <source>Check for Updates</source>
        <translation>Periksa Pembaruan</translation>
    </message>
    <message>
        <source>Sekutu does not know where to look for newer data yet.</source>
        <translation>Sekutu belum tahu di mana mencari data yang lebih baru.</translation>
    </message>
    <message>
        <source>Sekutu has no update service of its own. A teacher, a newsroom or anyone who keeps Sekutu&apos;s data up to date can put it on the web and give you its address. If you have such an address, enter it; otherwise Sekutu keeps using the data it came with.</source>
        <translation>Sekutu tidak memiliki layanan pembaruan sendiri. Guru, redaksi berita, atau siapa pun yang memperbarui data Sekutu dapat menaruhnya di web dan memberi Anda alamatnya. Jika Anda memiliki alamat seperti itu, masukkan alamat tersebut; jika tidak, Sekutu tetap memakai data bawaannya.</translation>
    </message>
    <message>
        <source>&amp;Enter Address…</source>
        <translation>&amp;Masukkan Alamat…</translation>
    </message>
    <message>
        <source>The address you were given for newer Sekutu data (it begins with https://):</source>
        <translation>Alamat yang diberikan kepada Anda untuk data Sekutu yang lebih baru (diawali dengan https://):</translation>
    </message>
</context>
<context>
    <name>DataSources</name>
    <message>
        <source>the bundled data</source>
        <translation>data bawaan</translation>
    </message>
    <message>
        <source>The data from %1 is valid but could not be saved, so it is not used: %2</source>
        <translation>Data dari %1 valid, tetapi tidak dapat disimpan sehingga tidak digunakan: %2</translation>
    </message>
</context>
<context>
    <name>DatasetChecker</name>
    <message>
        <source>%1 is a duplicate of /countries/%2</source>
        <translation>%1 merupakan duplikat dari /countries/%2</translation>
    </message>
    <message>
        <source>%1 is not an ISO 3166-1 country code</source>
        <translation>%1 bukan kode negara ISO 3166-1</translation>
    </message>
    <message>
        <source>%1 is a duplicate of /organizations/%2</source>
        <translation>%1 merupakan duplikat dari /organizations/%2</translation>
    </message>
    <message>
        <source>%1 is not a country in countries.json</source>
        <translation>%1 bukan negara yang terdapat dalam countries.json</translation>
    </message>
    <message>
        <source>%1 is not after the date joined (%2)</source>
        <translation>%1 tidak jatuh setelah tanggal bergabung (%2)</translation>
    </message>
    <message>
        <source>%1 is before the date joined (%2)</source>
        <translation>%1 jatuh sebelum tanggal bergabung (%2)</translation>
    </message>
    <message>
        <source>this phase of %1 overlaps %2/members/%3</source>
        <translation>periode keanggotaan %1 ini tumpang tindih dengan %2/members/%3</translation>
    </message>
    <message>
        <source>%1 is a duplicate of /relations/%2</source>
        <translation>%1 merupakan duplikat dari /relations/%2</translation>
    </message>
    <message>
        <source>%1 is not an organization in organizations.json</source>
        <translation>%1 bukan organisasi yang terdapat dalam organizations.json</translation>
    </message>
    <message>
        <source>%1 is a duplicate of /articles/%2</source>
        <translation>%1 merupakan duplikat dari /articles/%2</translation>
    </message>
    <message>
        <source>%1 is a duplicate of %2/paragraphs/%3</source>
        <translation>%1 merupakan duplikat dari %2/paragraphs/%3</translation>
    </message>
    <message>
        <source>%1 links to nothing in the data</source>
        <translation>%1 tidak merujuk ke apa pun dalam data</translation>
    </message>
    <message>
        <source>%1 does not occur in the paragraph&apos;s Indonesian text</source>
        <translation>%1 tidak terdapat dalam teks bahasa Indonesia paragraf ini</translation>
    </message>
    <message>
        <source>%1 does not occur in the paragraph&apos;s English text</source>
        <translation>%1 tidak terdapat dalam teks bahasa Inggris paragraf ini</translation>
    </message>
</context>
<context>
    <name>DatasetLoader</name>
    <message>
        <source>no such folder</source>
        <translation>folder tidak ditemukan</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>the file is too large (%1 MiB; the limit is %2 MiB)</source>
        <translation>berkas terlalu besar (%1 MiB; batasnya %2 MiB)</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>berkas tidak ada</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>bukan berkas biasa</translation>
    </message>
</context>
<context>
    <name>DatasetParser</name>
    <message>
        <source>line %1, column %2</source>
        <translation>baris %1, kolom %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>berkas kosong</translation>
    </message>
    <message>
        <source>not valid JSON at %1: %2</source>
        <translation>JSON tidak valid pada %1: %2</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>tingkat teratas seharusnya berupa objek JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not %2</source>
        <translation>&quot;%1&quot; bukan %2</translation>
    </message>
</context>
<context>
    <name>DatasetPublisher</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>tidak dapat dibaca: %1</translation>
    </message>
</context>
<context>
    <name>DatasetUpdater</name>
    <message>
        <source>No update address is set.</source>
        <translation>Alamat pembaruan belum diatur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid address: %2</source>
        <translation>&quot;%1&quot; bukan alamat yang valid: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https address; Sekutu downloads data only over http and https.</source>
        <translation>&quot;%1&quot; bukan alamat http atau https; Sekutu hanya mengunduh data melalui http dan https.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no server.</source>
        <translation>&quot;%1&quot; tidak memuat nama server.</translation>
    </message>
    <message>
        <source>The check for updates at %1 was canceled; the data in use has not changed.</source>
        <translation>Pemeriksaan pembaruan di %1 dibatalkan; data yang sedang digunakan tidak berubah.</translation>
    </message>
    <message>
        <source>The data in use (version %1 of %2) is the latest at %3.</source>
        <translation>Data yang sedang digunakan (versi %1 tertanggal %2) adalah yang terbaru di %3.</translation>
    </message>
    <message>
        <source>%1 answered %2 %3 instead of sending the data.</source>
        <translation>%1 merespons dengan %2 %3 alih-alih mengirimkan data.</translation>
    </message>
    <message>
        <source>The download from %1 is incomplete: %2 of %3 bytes arrived.</source>
        <translation>Unduhan dari %1 tidak lengkap: hanya %2 dari %3 byte yang diterima.</translation>
    </message>
    <message numerus="yes">
        <source>The file at %1 is not valid Sekutu data (%n problem(s), the first: %2). The data in use has not changed.</source>
        <translation>
            <numerusform>Berkas di %1 bukan data Sekutu yang valid (%n masalah, yang pertama: %2). Data yang sedang digunakan tidak berubah.</numerusform>
        </translation>
    </message>
    <message>
        <source>Now using data version %1 of %2 from %3.</source>
        <translation>Kini menggunakan data versi %1 tertanggal %2 dari %3.</translation>
    </message>
    <message>
        <source>The file at %1 is larger than %2 MiB, the most Sekutu accepts; it was not downloaded.</source>
        <translation>Berkas di %1 lebih besar dari %2 MiB, batas terbesar yang diterima Sekutu; berkas tersebut tidak diunduh.</translation>
    </message>
    <message>
        <source>The server %1 was not found (for %2). Check the update address and the network connection.</source>
        <translation>Server %1 tidak ditemukan (untuk %2). Periksa alamat pembaruan dan koneksi jaringan.</translation>
    </message>
    <message>
        <source>The server %1 refused the connection (for %2).</source>
        <translation>Server %1 menolak koneksi (untuk %2).</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1 tidak merespons dalam %n detik.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server closed the connection before all of %1 arrived.</source>
        <translation>Server menutup koneksi sebelum seluruh %1 diterima.</translation>
    </message>
    <message>
        <source>%1 redirects from https to an insecure http address; Sekutu does not follow it.</source>
        <translation>%1 mengalihkan dari https ke alamat http yang tidak aman; Sekutu tidak mengikuti pengalihan tersebut.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (for %2): %3</source>
        <translation>Koneksi aman ke %1 gagal (untuk %2): %3</translation>
    </message>
    <message>
        <source>There is no file at %1 (HTTP 404 Not Found). Check the update address.</source>
        <translation>Tidak ada berkas di %1 (HTTP 404: tidak ditemukan). Periksa alamat pembaruan.</translation>
    </message>
    <message>
        <source>%1 answered with an error: HTTP %2 %3.</source>
        <translation>%1 merespons dengan kesalahan: HTTP %2 %3.</translation>
    </message>
    <message>
        <source>%1 could not be downloaded: %2</source>
        <translation>%1 tidak dapat diunduh: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 redirects more than %n time(s) (a redirect loop?).</source>
        <translation>
            <numerusform>%1 mengalihkan lebih dari %n kali (pengalihan berputar?).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a plain http address: the connection is not encrypted, and anyone on the way could change the data Sekutu receives. Use an https address if the server offers one.</source>
        <translation>%1 adalah alamat http biasa: koneksinya tidak terenkripsi, dan siapa pun di jalur koneksi dapat mengubah data yang diterima Sekutu. Gunakan alamat https jika server menyediakannya.</translation>
    </message>
    <message>
        <source>The data at %1 (version %2 of %3) is older than the data in use (version %4 of %5), so it was not used.</source>
        <translation>Data di %1 (versi %2 tertanggal %3) lebih lama daripada data yang sedang digunakan (versi %4 tertanggal %5), sehingga tidak digunakan.</translation>
    </message>
    <message numerus="yes">
        <source>The download from %1 did not finish within %n minute(s) and was stopped; the data in use has not changed.</source>
        <translation>
            <numerusform>Unduhan dari %1 tidak selesai dalam %n menit dan dihentikan; data yang sedang digunakan tidak berubah.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The download from %1 did not finish within %n second(s) and was stopped; the data in use has not changed.</source>
        <translation>
            <numerusform>Unduhan dari %1 tidak selesai dalam %n detik dan dihentikan; data yang sedang digunakan tidak berubah.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DownloadedDataset</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>the file is too large (%1 MiB; the limit is %2 MiB)</source>
        <translation>berkas terlalu besar (%1 MiB; batasnya %2 MiB)</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Folder %1 tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>bukan berkas biasa</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>No matches</source>
        <translation>Tidak ada hasil</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n match(es)</source>
        <translation>
            <numerusform>%1 dari %n hasil</numerusform>
        </translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>Cari di artikel</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>Cari Berikutnya</translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation>Cari Sebelumnya</translation>
    </message>
    <message>
        <source>Find text in the article (%1); Enter for the next match, Shift+Enter for the previous one</source>
        <translation>Cari teks di artikel (%1); Enter untuk hasil berikutnya, Shift+Enter untuk hasil sebelumnya</translation>
    </message>
    <message>
        <source>Previous match (%1)</source>
        <translation>Hasil sebelumnya (%1)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Hasil sebelumnya</translation>
    </message>
    <message>
        <source>Next match (%1)</source>
        <translation>Hasil berikutnya (%1)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Hasil berikutnya</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Hasil pencarian</translation>
    </message>
</context>
<context>
    <name>LocatorMap</name>
    <message>
        <source>Open the world map</source>
        <translation>Buka peta dunia</translation>
    </message>
    <message>
        <source>World map</source>
        <translation>Peta dunia</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Navi&amp;gasi</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigasi</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Kembali</translation>
    </message>
    <message>
        <source>Back (%1)</source>
        <translation>Kembali (%1)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Maju</translation>
    </message>
    <message>
        <source>Forward (%1)</source>
        <translation>Maju (%1)</translation>
    </message>
    <message>
        <source>Find &amp;Country…</source>
        <translation>Cari &amp;Negara…</translation>
    </message>
    <message>
        <source>&amp;Switch Language</source>
        <translation>&amp;Ganti Bahasa</translation>
    </message>
    <message>
        <source>Switch between Indonesian and English</source>
        <translation>Beralih antara bahasa Indonesia dan bahasa Inggris</translation>
    </message>
    <message>
        <source>Interface language (%1)</source>
        <translation>Bahasa antarmuka (%1)</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Bahasa antarmuka</translation>
    </message>
    <message>
        <source>&amp;About Sekutu</source>
        <translation>&amp;Tentang Sekutu</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Tentang &amp;Qt</translation>
    </message>
    <message>
        <source>Sekutu</source>
        <translation>Sekutu</translation>
    </message>
    <message>
        <source>%1 — Sekutu</source>
        <translation>%1 — Sekutu</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Ikhtisar</translation>
    </message>
    <message>
        <source>Russia&apos;s ties and the organizations&apos; shared members, as charts (%1)</source>
        <translation>Hubungan Rusia dan anggota yang sama di antara organisasi, dalam bentuk grafik (%1)</translation>
    </message>
    <message>
        <source>World &amp;map</source>
        <translation>Peta &amp;Dunia</translation>
    </message>
    <message>
        <source>Alliances on the world map, through time (%1)</source>
        <translation>Aliansi di peta dunia, dari waktu ke waktu (%1)</translation>
    </message>
</context>
<context>
    <name>MapColouring</name>
    <message>
        <source>No record in Sekutu&apos;s data</source>
        <translation>Tidak tercatat dalam data Sekutu</translation>
    </message>
    <message>
        <source>No tie on record</source>
        <translation>Tidak ada hubungan yang tercatat</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation>Bukan anggota</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Suspended or frozen</source>
        <translation>Ditangguhkan atau dibekukan</translation>
    </message>
    <message>
        <source>Former member</source>
        <translation>Mantan anggota</translation>
    </message>
    <message>
        <source>Only in %1</source>
        <translation>Hanya di %1</translation>
    </message>
    <message>
        <source>In %1 and %2</source>
        <translation>Di %1 dan %2</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Rusia</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 per %2</translation>
    </message>
    <message>
        <source>Russia&apos;s ties with the world</source>
        <translation>Hubungan Rusia dengan dunia</translation>
    </message>
    <message>
        <source>%1 and %2 on %3</source>
        <translation>%1 dan %2 per %3</translation>
    </message>
    <message>
        <source>A territory Sekutu has no record of</source>
        <translation>Wilayah yang tidak tercatat dalam data Sekutu</translation>
    </message>
    <message>
        <source>Member since %1</source>
        <translation>Anggota sejak %1</translation>
    </message>
    <message>
        <source>Participation suspended or frozen since %1</source>
        <translation>Partisipasi ditangguhkan atau dibekukan sejak %1</translation>
    </message>
    <message>
        <source>Former member, left on %1</source>
        <translation>Mantan anggota, keluar pada %1</translation>
    </message>
    <message>
        <source>There is no organization &quot;%1&quot; in the data.</source>
        <translation>Tidak ada organisasi &quot;%1&quot; dalam data.</translation>
    </message>
    <message>
        <source>Participation in %1 suspended or frozen since %2</source>
        <translation>Partisipasi dalam %1 ditangguhkan atau dibekukan sejak %2</translation>
    </message>
    <message>
        <source>Observer, partner or other role</source>
        <translation>Pengamat, mitra, atau peran lain</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <comment>a role in an organization, since a date</comment>
        <translation>%1 sejak %2</translation>
    </message>
</context>
<context>
    <name>MapExport</name>
    <message>
        <source>%1: the file name must end in .svg or .png</source>
        <translation>%1: nama file harus berakhiran .svg atau .png</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>--map must be organization/ID, ties or overlap/ID,ID, not &quot;%1&quot;</source>
        <translation>--map harus organization/ID, ties, atau overlap/ID,ID, bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--map: %1</source>
        <translation>--map: %1</translation>
    </message>
    <message>
        <source>--date must be a real date written YYYY-MM-DD from 1900 on, not &quot;%1&quot;</source>
        <translation>--date harus tanggal yang benar dengan format YYYY-MM-DD mulai tahun 1900, bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT in pixels, from 200x150 to 8000x8000, not &quot;%1&quot;</source>
        <translation>--size harus LEBARxTINGGI dalam piksel, dari 200x150 sampai 8000x8000, bukan &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The world map could not be read.</source>
        <translation>Peta dunia tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 telah ditulis.</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Export the map</source>
        <translation>Ekspor peta</translation>
    </message>
    <message>
        <source>map.png</source>
        <translation>peta.png</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Gambar PNG (*.png);;Gambar SVG (*.svg)</translation>
    </message>
    <message>
        <source>Sekutu shows who is allied with whom, and since when. &lt;a href=&quot;article&quot;&gt;Read the article&lt;/a&gt; · &lt;a href=&quot;alliance&quot;&gt;Explore an alliance&lt;/a&gt; · &lt;a href=&quot;language&quot;&gt;%1&lt;/a&gt;</source>
        <translation>Sekutu menunjukkan siapa bersekutu dengan siapa, dan sejak kapan. &lt;a href=&quot;article&quot;&gt;Baca artikelnya&lt;/a&gt; · &lt;a href=&quot;alliance&quot;&gt;Jelajahi sebuah aliansi&lt;/a&gt; · &lt;a href=&quot;language&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Baca dalam bahasa Indonesia</source>
        <comment>the link that switches the language: written in the other language</comment>
        <translation>Read in English</translation>
    </message>
    <message>
        <source>&amp;Colour by:</source>
        <translation>&amp;Warnai menurut:</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <source>Russia&apos;s ties</source>
        <translation>Hubungan dengan Rusia</translation>
    </message>
    <message>
        <source>Overlap of two organizations</source>
        <translation>Tumpang tindih dua organisasi</translation>
    </message>
    <message>
        <source>Second organization</source>
        <translation>Organisasi kedua</translation>
    </message>
    <message>
        <source>Whole world</source>
        <translation>Seluruh dunia</translation>
    </message>
    <message>
        <source>Show the whole world (Home)</source>
        <translation>Tampilkan seluruh dunia (Home)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <source>Save the map as a PNG image or an SVG drawing</source>
        <translation>Simpan peta sebagai gambar PNG atau SVG</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Jeda</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Putar</translation>
    </message>
    <message>
        <source>Play the membership year by year</source>
        <translation>Putar keanggotaan tahun demi tahun</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>World map</source>
        <translation>Peta dunia</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Perbesar (+)</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Perkecil (-)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <source>Copy the map to the clipboard as an image</source>
        <translation>Salin peta ke papan klip sebagai gambar</translation>
    </message>
    <message>
        <source>Map Not Exported</source>
        <translation>Peta Gagal Diekspor</translation>
    </message>
</context>
<context>
    <name>MemberComparison</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>MembershipChart</name>
    <message numerus="yes">
        <source>%1: %n member(s)</source>
        <translation>
            <numerusform>%1: %n anggota</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>+ %1</source>
        <comment>states joining</comment>
        <translation>+ %1</translation>
    </message>
    <message>
        <source>− %1</source>
        <comment>states leaving</comment>
        <translation>− %1</translation>
    </message>
    <message>
        <source>%1 suspended</source>
        <translation>%1 ditangguhkan</translation>
    </message>
    <message>
        <source>%1: members over time</source>
        <translation>Jumlah anggota %1 dari waktu ke waktu</translation>
    </message>
    <message>
        <source>Members over time</source>
        <translation>Jumlah anggota dari waktu ke waktu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Member states</source>
        <translation>Negara anggota</translation>
    </message>
    <message>
        <source>Treaty signed or in force</source>
        <translation>Perjanjian ditandatangani atau mulai berlaku</translation>
    </message>
    <message>
        <source>State joins</source>
        <translation>Negara bergabung</translation>
    </message>
    <message>
        <source>State leaves</source>
        <translation>Negara keluar</translation>
    </message>
    <message>
        <source>Participation suspended or frozen</source>
        <translation>Partisipasi ditangguhkan atau dibekukan</translation>
    </message>
</context>
<context>
    <name>MembershipModel</name>
    <message>
        <source>Left on %1</source>
        <translation>Keluar pada %1</translation>
    </message>
    <message>
        <source>Participation frozen since %1</source>
        <translation>Partisipasi dibekukan sejak %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Sumber: %1</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Bergabung</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Not yet joined</source>
        <translation>Belum bergabung</translation>
    </message>
</context>
<context>
    <name>MembershipTimeline</name>
    <message>
        <source>%1 joins.</source>
        <translation>%1 bergabung.</translation>
    </message>
    <message>
        <source>%1 leaves.</source>
        <translation>%1 keluar.</translation>
    </message>
    <message>
        <source>%1&apos;s participation is suspended or frozen.</source>
        <translation>Partisipasi %1 ditangguhkan atau dibekukan.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>NameRules</name>
    <message>
        <source>holds a bidirectional control character (such as U+202E), which would reorder the text around it</source>
        <translation>berisi karakter kendali dua arah (misalnya U+202E) yang akan mengubah urutan teks di sekitarnya</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the name of /%2/%3; readers could not tell them apart</source>
        <translation>&quot;%1&quot; sudah menjadi nama /%2/%3; pembaca tidak akan dapat membedakan keduanya</translation>
    </message>
</context>
<context>
    <name>OrganizationModel</name>
    <message>
        <source>Abbreviation</source>
        <translation>Singkatan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Didirikan</translation>
    </message>
    <message>
        <source>Members today</source>
        <translation>Anggota saat ini</translation>
    </message>
</context>
<context>
    <name>OverlapModel</name>
    <message numerus="yes">
        <source>%1 has %n member(s)</source>
        <translation>
            <numerusform>%1 memiliki %n anggota</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 share %n member(s)</source>
        <translation>
            <numerusform>%1 dan %2 memiliki %n anggota yang sama</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPane</name>
    <message>
        <source>&amp;Shared members</source>
        <translation>Anggota yang &amp;sama</translation>
    </message>
    <message>
        <source>Member states two organizations have in common today (the diagonal: each one&apos;s own members). Choose a cell to list them, a heading to open the organization.</source>
        <translation>Negara yang saat ini menjadi anggota dua organisasi sekaligus (pada diagonal: anggota masing-masing organisasi). Pilih sel untuk menampilkan daftarnya, atau judul untuk membuka organisasinya.</translation>
    </message>
    <message>
        <source>Shared members</source>
        <translation>Anggota yang sama</translation>
    </message>
    <message>
        <source>Countries in both organizations</source>
        <translation>Negara yang menjadi anggota kedua organisasi</translation>
    </message>
</context>
<context>
    <name>PageTitle</name>
    <message>
        <source>Overview</source>
        <translation>Ikhtisar</translation>
    </message>
    <message>
        <source>World map</source>
        <translation>Peta dunia</translation>
    </message>
</context>
<context>
    <name>PaneHtml</name>
    <message>
        <source>As of %1. Sources:</source>
        <translation>Per %1. Sumber:</translation>
    </message>
    <message>
        <source>There is no country with the code %1 in the data.</source>
        <translation>Tidak ada negara berkode %1 dalam data.</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation>Ibu kota</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Kawasan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>ISO codes</source>
        <translation>Kode ISO</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Luas wilayah</translation>
    </message>
    <message>
        <source>%1 km²</source>
        <translation>%1 km²</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Jumlah penduduk</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Tie to Russia: %1</source>
        <translation>Hubungan dengan Rusia: %1</translation>
    </message>
    <message>
        <source>What the article says:</source>
        <translation>Menurut artikel:</translation>
    </message>
    <message>
        <source>Bound by:</source>
        <translation>Terikat pada:</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Keanggotaan</translation>
    </message>
    <message>
        <source>Not a member of any organization in the data.</source>
        <translation>Bukan anggota organisasi mana pun dalam data.</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Bergabung</translation>
    </message>
    <message>
        <source>Left or status</source>
        <translation>Keluar atau status</translation>
    </message>
    <message>
        <source>participation frozen since %1</source>
        <translation>partisipasi dibekukan sejak %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>In the articles</source>
        <translation>Dalam artikel</translation>
    </message>
    <message>
        <source>There is no organization with the id %1 in the data.</source>
        <translation>Tidak ada organisasi dengan ID %1 dalam data.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation>Singkatan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Didirikan</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>Kantor pusat</translation>
    </message>
    <message>
        <source>Members today</source>
        <translation>Anggota saat ini</translation>
    </message>
    <message>
        <source>Obligation</source>
        <translation>Kewajiban</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Sejarah</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message numerus="yes">
        <source>In both (%n):</source>
        <translation>
            <numerusform>Di keduanya (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Only in %1 (%2):</source>
        <translation>Hanya di %1 (%2):</translation>
    </message>
    <message>
        <source>%1 in Indonesian; officially %2</source>
        <translation>%1 dalam bahasa Indonesia; resminya %2</translation>
    </message>
    <message>
        <source>%1 in English; officially %2</source>
        <translation>%1 dalam bahasa Inggris; resminya %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n member(s):</source>
        <translation>
            <numerusform>%1 memiliki %n anggota:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 share %n member(s):</source>
        <translation>
            <numerusform>%1 dan %2 memiliki %n anggota yang sama:</numerusform>
        </translation>
    </message>
    <message>
        <source>not recorded</source>
        <comment>tie to Russia</comment>
        <translation>tidak tercatat</translation>
    </message>
    <message>
        <source>%1 in Indonesian</source>
        <translation>%1 dalam bahasa Indonesia</translation>
    </message>
    <message>
        <source>%1 in English</source>
        <translation>%1 dalam bahasa Inggris</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Negara pihak</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ditandatangani</translation>
    </message>
    <message>
        <source>In force since</source>
        <translation>Berlaku sejak</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Berakhir</translation>
    </message>
    <message>
        <source>Observers and partners are not counted.</source>
        <translation>Pengamat dan mitra tidak dihitung.</translation>
    </message>
    <message>
        <source>There is no organization “%1” in the data.</source>
        <translation>Tidak ada organisasi “%1” dalam data.</translation>
    </message>
    <message>
        <source>There is no article “%1” in the data.</source>
        <translation>Tidak ada artikel “%1” dalam data.</translation>
    </message>
    <message>
        <source>There is nothing at “%1” in the data.</source>
        <translation>Tidak ada apa pun di “%1” dalam data.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Ikhtisar</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Tidak ditemukan</translation>
    </message>
    <message>
        <source>Start again from:</source>
        <translation>Mulai lagi dari:</translation>
    </message>
    <message>
        <source>World map</source>
        <translation>Peta dunia</translation>
    </message>
</context>
<context>
    <name>SchemaValidator</name>
    <message>
        <source>a text</source>
        <translation>teks</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>bilangan bulat</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>bilangan</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>objek</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>daftar</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>nilai logika (true atau false)</translation>
    </message>
    <message>
        <source>null</source>
        <translation>nilai kosong (null)</translation>
    </message>
    <message>
        <source>the schema has no &quot;definitions&quot;</source>
        <translation>skema tidak memiliki &quot;definitions&quot;</translation>
    </message>
    <message>
        <source>the schema has no definition &quot;%1&quot;</source>
        <translation>skema tidak memiliki definisi &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the schema cannot be read: %1</source>
        <translation>skema tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>validation failed: %1</source>
        <translation>validasi gagal: %1</translation>
    </message>
    <message>
        <source>the required field &quot;%1&quot; is missing</source>
        <translation>properti wajib &quot;%1&quot; tidak ada</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>properti &quot;%1&quot; tidak dikenal</translation>
    </message>
    <message>
        <source>another type</source>
        <translation>tipe lain</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>seharusnya %1, tetapi ditemukan %2</translation>
    </message>
    <message>
        <source>%1 is not %2</source>
        <translation>%1 bukan %2</translation>
    </message>
    <message>
        <source>%1 is not one of: %2</source>
        <translation>%1 bukan salah satu dari: %2</translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation>teks kosong</translation>
    </message>
    <message numerus="yes">
        <source>the text is shorter than %n character(s)</source>
        <translation>
            <numerusform>teks lebih pendek dari %n karakter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the text is longer than %n character(s)</source>
        <translation>
            <numerusform>teks lebih panjang dari %n karakter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the list needs at least %n item(s)</source>
        <translation>
            <numerusform>daftar harus berisi sedikitnya %n butir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the list has more than %n item(s)</source>
        <translation>
            <numerusform>daftar berisi lebih dari %n butir</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 di luar rentang yang diizinkan</translation>
    </message>
    <message>
        <source>only one of the fields %1 may be given</source>
        <translation>hanya satu dari properti %1 yang boleh diisi</translation>
    </message>
</context>
<context>
    <name>SettingsHealth</name>
    <message>
        <source>The settings file %1 could not be read; default settings are used.</source>
        <translation>Berkas pengaturan %1 tidak dapat dibaca; pengaturan standar digunakan.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>&amp;Countries</source>
        <translation>&amp;Negara</translation>
    </message>
    <message>
        <source>&amp;Organizations</source>
        <translation>&amp;Organisasi</translation>
    </message>
    <message>
        <source>A&amp;rticles</source>
        <translation>&amp;Artikel</translation>
    </message>
    <message>
        <source>Every UN member and observer state</source>
        <translation>Semua negara anggota dan negara pengamat PBB</translation>
    </message>
    <message>
        <source>Alliances, unions and treaties</source>
        <translation>Aliansi, uni, dan perjanjian</translation>
    </message>
    <message>
        <source>The news articles and their translations</source>
        <translation>Artikel berita beserta terjemahannya</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
</context>
<context>
    <name>TiesChart</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Click to list these countries.</source>
        <translation>Klik untuk menampilkan daftar negara tersebut.</translation>
    </message>
    <message>
        <source>Russia&apos;s ties at a glance</source>
        <translation>Sekilas tentang hubungan Rusia</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>kind of tie (number of countries)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Africa</source>
        <translation>Afrika</translation>
    </message>
    <message>
        <source>Americas</source>
        <translation>Amerika</translation>
    </message>
    <message>
        <source>Asia</source>
        <translation>Asia</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Eropa</translation>
    </message>
    <message>
        <source>Oceania</source>
        <translation>Oseania</translation>
    </message>
    <message>
        <source>UN member state</source>
        <translation>Negara anggota PBB</translation>
    </message>
    <message>
        <source>UN observer state</source>
        <translation>Negara pengamat PBB</translation>
    </message>
    <message>
        <source>Member</source>
        <comment>role in an organization</comment>
        <translation>Anggota</translation>
    </message>
    <message>
        <source>Observer</source>
        <comment>role in an organization</comment>
        <translation>Pengamat</translation>
    </message>
    <message>
        <source>Partner</source>
        <comment>role in an organization</comment>
        <translation>Mitra</translation>
    </message>
    <message>
        <source>Dialogue partner</source>
        <comment>role in an organization</comment>
        <translation>Mitra dialog</translation>
    </message>
    <message>
        <source>Associate</source>
        <comment>role in an organization</comment>
        <translation>Anggota asosiasi</translation>
    </message>
    <message>
        <source>Party</source>
        <comment>a state that signed a treaty</comment>
        <translation>Negara pihak</translation>
    </message>
    <message>
        <source>Military alliance</source>
        <translation>Aliansi militer</translation>
    </message>
    <message>
        <source>Economic union</source>
        <translation>Uni ekonomi</translation>
    </message>
    <message>
        <source>Security organization</source>
        <translation>Organisasi keamanan</translation>
    </message>
    <message>
        <source>Political organization</source>
        <translation>Organisasi politik</translation>
    </message>
    <message>
        <source>Bilateral treaty</source>
        <translation>Perjanjian bilateral</translation>
    </message>
    <message>
        <source>Defence: help if a member is attacked</source>
        <translation>Pertahanan: membantu jika anggota diserang</translation>
    </message>
    <message>
        <source>Offence: joint military action</source>
        <translation>Ofensif: aksi militer bersama</translation>
    </message>
    <message>
        <source>Neutrality: not help an attacker</source>
        <translation>Netralitas: tidak membantu pihak penyerang</translation>
    </message>
    <message>
        <source>Non-aggression: not attack each other</source>
        <translation>Nonagresi: tidak saling menyerang</translation>
    </message>
    <message>
        <source>Consultation: talk in a crisis</source>
        <translation>Konsultasi: berunding saat krisis</translation>
    </message>
    <message>
        <source>No mutual obligation</source>
        <translation>Tanpa kewajiban timbal balik</translation>
    </message>
    <message>
        <source>Treaty ally</source>
        <translation>Sekutu berdasarkan perjanjian</translation>
    </message>
    <message>
        <source>Strategic partner</source>
        <translation>Mitra strategis</translation>
    </message>
    <message>
        <source>Partner</source>
        <comment>tie to Russia</comment>
        <translation>Mitra</translation>
    </message>
    <message>
        <source>Pragmatic ties</source>
        <translation>Hubungan pragmatis</translation>
    </message>
    <message>
        <source>Strained</source>
        <translation>Tegang</translation>
    </message>
    <message>
        <source>Hostile</source>
        <translation>Bermusuhan</translation>
    </message>
    <message>
        <source>Founded</source>
        <translation>Didirikan</translation>
    </message>
    <message>
        <source>Treaty signed</source>
        <translation>Perjanjian ditandatangani</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Mulai berlaku</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Bergabung</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Ditangguhkan</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Diperpanjang</translation>
    </message>
    <message>
        <source>Summit</source>
        <translation>KTT</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Pengerahan pasukan</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Peristiwa</translation>
    </message>
    <message>
        <source>Participant (not a member)</source>
        <comment>role in an organization</comment>
        <translation>Peserta (bukan anggota)</translation>
    </message>
    <message>
        <source>Invited (not confirmed)</source>
        <comment>role in an organization</comment>
        <translation>Diundang (belum terkonfirmasi)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>--open: &quot;%1&quot; is not a country/, organization/, article/, overview or map target</source>
        <translation>--open: &quot;%1&quot; bukan target country/, organization/, article/, overview, atau map</translation>
    </message>
</context>
<context>
    <name>schema</name>
    <message>
        <source>a date (YYYY-MM-DD, YYYY-MM or YYYY)</source>
        <translation>tanggal (YYYY-MM-DD, YYYY-MM, atau YYYY)</translation>
    </message>
    <message>
        <source>an ISO 3166-1 alpha-3 code</source>
        <translation>kode ISO 3166-1 alpha-3</translation>
    </message>
    <message>
        <source>an ISO 3166-1 alpha-2 code</source>
        <translation>kode ISO 3166-1 alpha-2</translation>
    </message>
    <message>
        <source>a text in both languages</source>
        <translation>teks dalam kedua bahasa</translation>
    </message>
    <message>
        <source>an id (lowercase letters, digits and hyphens)</source>
        <translation>ID (huruf kecil, angka, dan tanda hubung)</translation>
    </message>
    <message>
        <source>a link target such as country/RU or organization/csto</source>
        <translation>target tautan seperti country/RU atau organization/csto</translation>
    </message>
    <message>
        <source>an http or https address</source>
        <translation>alamat http atau https</translation>
    </message>
    <message>
        <source>a dataset version such as 2026.11.25 (letters, digits, dots, plus and hyphens)</source>
        <translation>versi set data seperti 2026.11.25 (huruf, angka, titik, tanda tambah, dan tanda hubung)</translation>
    </message>
    <message>
        <source>a name in both languages (at most 200 characters)</source>
        <translation>nama dalam kedua bahasa (paling banyak 200 karakter)</translation>
    </message>
</context>
</TS>
