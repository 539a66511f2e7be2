using System.Text;

namespace SpReporting.Tests.Reference;

/// <summary>Small hand-made copies of the four public files, in the encodings NHS downloads come in.</summary>
internal sealed class ReferenceFiles : IDisposable
{
    static ReferenceFiles() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public ReferenceFiles()
    {
        Directory = Path.Combine(Path.GetTempPath(), "spr-ref-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
    }

    public string Directory { get; }

    /// <summary>ePCN as Windows-1252 with CRLF: a circumflex in a name, a comma inside quotes, a closed PCN, a retired CCG code.</summary>
    public const string PcnDetails =
        "PCN Code,PCN Name,Current Sub ICB Loc Code,Sub ICB Location,Open Date,Close Date,Address Line 1,Address Line 2,Address Line 3,Address Line 4,Address Line 5,Postcode\r\n" +
        "U00002,\"MÔN, NORTH PCN\",36L,NHS SOUTH WEST LONDON ICB - 36L,20191001,,1 HIGH ST,,,LONDON,,SW17 0RT\r\n" +
        "U00001,WEST PCN,04C,\"NHS LEICESTER, LEICESTERSHIRE AND RUTLAND ICB - 04C\",20200401,20220331,2 LOW RD,,,LEICESTER,,LE5 4LJ\r\n" +
        "\r\n" +
        "U00003,OLD CCG PCN,07P,NHS BRENT CCG,20191001,20200331,3 HILL RD,,,LONDON,,SW179ZZ\r\n";

    /// <summary>The mapping file as UTF-8 with a byte order mark and a pound sign in a supplier name.</summary>
    public const string PracticeMap =
        "PUBLICATION,EXTRACT_DATE,PRACTICE_CODE,PRACTICE_NAME,PRACTICE_POSTCODE,PCN_CODE,PCN_NAME,ONS_SUB_ICB_LOCATION_CODE,SUB_ICB_LOCATION_CODE,SUB_ICB_LOCATION_NAME,ONS_ICB_CODE,ICB_CODE,ICB_NAME,ONS_COMM_REGION_CODE,COMM_REGION_CODE,COMM_REGION_NAME,SUPPLIER_NAME\n" +
        "GP,01Oct2025,H1,P ONE,SW17 0RT,U00002,MÔN PCN,E38000245,36L,NHS South West London ICB - 36L,E54000031,QWE,NHS South West London Integrated Care Board,E40000003,Y56,London,£ Systems\n" +
        "GP,01Oct2025,H2,P TWO,SW17 1AA,U00009,OTHER PCN,E38000245,36L,NHS South West London ICB - 36L,E54000031,QWE,NHS South West London Integrated Care Board,E40000003,Y56,London,EMIS\n" +
        "GP,01Oct2025,L1,P THREE,LE5 4LJ,U00001,WEST PCN,E38000201,04C,\"NHS Leicester, Leicestershire and Rutland ICB - 04C\",E54000015,QK1,\"NHS Leicester, Leicestershire and Rutland Integrated Care Board\",E40000011,Y60,Midlands,TPP\n";

    public const string Population =
        "\"pcn_code\",\"pcn_name\",\"postcode\",\"subicb_code\",\"non_white_popn\",\"reg_popn\",\"pct_non_white\"\n" +
        "\"U00002\",\"MON PCN\",\"SW17 0RT\",\"36L\",9098.6,32169,0.28\n" +
        "\"U00001\",\"WEST PCN\",\"LE5 4LJ\",\"04C\",100.5,NA,0.1\n";

    public const string Imd =
        "\"pcn_code\",\"pcn_name\",\"postcode\",\"subicb_code\",\"imd_score\",\"imd_decile\"\n" +
        "\"U\",\"Unknown\",\"Unknown\",\"UNK\",16.5,7\n" +
        "\"U00002\",\"MON PCN\",\"SW17 0RT\",\"36L\",8.36,10\n";

    public ReferenceFiles WriteAll()
    {
        File.WriteAllBytes(Path.Combine(Directory, "ePCN_2023-01-26_PCNDetails.csv"), Encoding.GetEncoding(1252).GetBytes(PcnDetails));
        File.WriteAllBytes(Path.Combine(Directory, "gp-reg-pat-prac-map_2025-10.csv"), [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(PracticeMap)]);
        File.WriteAllText(Path.Combine(Directory, "blackwell_pcn_ethnicity_regpopn.csv"), Population, new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(Directory, "blackwell_pcn_imd2019.csv"), Imd, new UTF8Encoding(false));
        return this;
    }

    public void Dispose()
    {
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { }
    }
}
