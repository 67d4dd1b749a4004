namespace ZonaIntegritas.Web.Domain.IntegrityPacts;

/// <summary>
/// The portal's default pact text, written in our own words after the seven commitments of PermenPAN-RB
/// 49/2011 (Pedoman Umum Pakta Integritas): one text for officials, one for staff.
/// </summary>
public static class DefaultPactText
{
    public const string TemplateName = "Pakta Integritas (teks bawaan PermenPAN-RB 49/2011)";
    public const string Title = "PAKTA INTEGRITAS";

    private const string Identity = """
        Saya yang bertanda tangan di bawah ini:

        Nama: {{nama}}
        NIP: {{nip}}
        Pangkat/Golongan: {{pangkat}}
        Jabatan: {{jabatan}}
        Unit Kerja: {{unit}}
        """;

    private const string Closing = """
        Pakta integritas ini saya buat dengan sungguh-sungguh, dengan penuh kesadaran dan tanpa paksaan dari pihak mana pun.
        """;

    public const string StaffBody = Identity + "\n\n" + """
        dalam rangka membangun Zona Integritas menuju Wilayah Bebas dari Korupsi (WBK) dan Wilayah Birokrasi Bersih dan Melayani (WBBM), dengan ini menyatakan bahwa saya:

        1. akan berperan aktif mencegah dan memberantas korupsi, kolusi, dan nepotisme (KKN) di lingkungan kerja saya;
        2. tidak akan meminta, menerima, atau memberikan hadiah maupun gratifikasi dalam bentuk apa pun yang berhubungan dengan tugas dan jabatan saya;
        3. akan bekerja secara terbuka, jujur, objektif, dan dapat dipertanggungjawabkan;
        4. akan menghindari setiap keadaan yang menimbulkan benturan kepentingan dalam pelaksanaan tugas;
        5. akan menjadi contoh dalam menaati peraturan perundang-undangan dan ketentuan kedinasan;
        6. akan melaporkan setiap pelanggaran integritas yang saya ketahui di lingkungan organisasi, serta menjaga kerahasiaan identitas pelapor dan saksi;
        7. bersedia menerima sanksi sesuai ketentuan peraturan perundang-undangan apabila saya melanggar pakta integritas ini.
        """ + "\n\n" + Closing;

    public const string OfficialBody = Identity + "\n\n" + """
        sebagai pejabat yang memimpin dan membina pegawai, dalam rangka membangun Zona Integritas menuju Wilayah Bebas dari Korupsi (WBK) dan Wilayah Birokrasi Bersih dan Melayani (WBBM), dengan ini menyatakan bahwa saya:

        1. akan berperan aktif serta memimpin upaya pencegahan dan pemberantasan korupsi, kolusi, dan nepotisme (KKN) di unit kerja yang saya pimpin;
        2. tidak akan meminta, menerima, atau memberikan hadiah maupun gratifikasi dalam bentuk apa pun yang berhubungan dengan tugas dan jabatan saya, dan akan mencegah bawahan saya melakukannya;
        3. akan melaksanakan tugas dan mengambil keputusan secara terbuka, jujur, objektif, dan dapat dipertanggungjawabkan;
        4. akan menghindari benturan kepentingan dalam pelaksanaan tugas maupun pengambilan keputusan;
        5. akan memberi keteladanan kepada seluruh pegawai dalam menaati peraturan perundang-undangan dan ketentuan kedinasan;
        6. akan melaporkan dan menindaklanjuti setiap pelanggaran integritas di lingkungan organisasi, serta melindungi kerahasiaan identitas pelapor dan saksi;
        7. bersedia menerima sanksi sesuai ketentuan peraturan perundang-undangan apabila saya melanggar pakta integritas ini.
        """ + "\n\n" + Closing;
}
