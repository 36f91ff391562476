using static EcoSpace.Core.Schema.PropertyType;

namespace EcoSpace.Core.Schema;

/// <summary>The exchange schema v1: every layer kind of DOMAIN.md §2 with its code lists.</summary>
public static class KindCatalog
{
    public const string RedLine = "red_line";
    public const string EcoSpace = "eco_space";
    public const string ProtectedArea = "protected_area";
    public const string Shoreline = "shoreline";
    public const string RiverBank = "river_bank";
    public const string Development = "development";
    public const string Farmland = "farmland";
    public const string Bay = "bay";
    public const string Restoration = "restoration";
    public const string AdminRegion = "admin_region";

    /// <summary>Properties every kind takes, first in every table and export.</summary>
    public static IReadOnlyList<PropertyDefinition> CommonProperties { get; } =
    [
        new("name", Text, "名称", "Name"),
        new("code", Text, "编码", "Official code"),
        new("region", RegionCode, "行政区代码", "Administrative division code"),
        new("remarks", Text, "备注", "Remarks"),
    ];

    public static IReadOnlyList<KindDefinition> All { get; } =
    [
        Kind(RedLine, "生态保护红线", "Ecological protection red line", GeometryKind.Area,
            Codes("domain", "类型", "Domain",
                ("land", "陆域", "Land"), ("marine", "海洋", "Marine")),
            Codes("function", "主导功能", "Dominant function",
                ("water_conservation", "水源涵养", "Water conservation"),
                ("biodiversity", "生物多样性维护", "Biodiversity maintenance"),
                ("soil_conservation", "水土保持", "Soil conservation"),
                ("windbreak", "防风固沙", "Windbreak and sand fixation"),
                ("coastal_stability", "海岸生态稳定", "Coastal ecological stability"),
                ("soil_erosion", "水土流失", "Soil erosion"),
                ("desertification", "土地沙化", "Land desertification"),
                ("rocky_desert", "石漠化", "Rocky desertification"),
                ("salinization", "盐渍化", "Salinization"),
                ("other", "其他", "Other"))),
        Kind(EcoSpace, "生态空间管控区域", "Ecological space control area", GeometryKind.Area,
            new PropertyDefinition("category", Text, "类型", "Category")),
        Kind(ProtectedArea, "自然保护地", "Natural protected area", GeometryKind.Area,
            Codes("pa_type", "保护地类型", "Protected area type",
                ("national_park", "国家公园", "National park"),
                ("nature_reserve", "自然保护区", "Nature reserve"),
                ("forest_park", "森林公园", "Forest park"),
                ("wetland_park", "湿地公园", "Wetland park"),
                ("geopark", "地质公园", "Geopark"),
                ("scenic_area", "风景名胜区", "Scenic area"),
                ("marine_park", "海洋公园", "Marine park"),
                ("other_park", "其他自然公园", "Other nature park")),
            Codes("level", "级别", "Level",
                ("national", "国家级", "National"), ("provincial", "省级", "Provincial"),
                ("municipal", "市级", "Municipal"), ("county", "县级", "County")),
            Codes("zone", "功能分区", "Zone",
                ("core", "核心保护区", "Core protection zone"),
                ("general", "一般控制区", "General control zone"),
                ("core_area", "核心区", "Core area (legacy)"),
                ("buffer", "缓冲区", "Buffer zone (legacy)"),
                ("experimental", "实验区", "Experimental zone (legacy)"),
                ("undivided", "未分区", "Undivided"))),
        Kind(Shoreline, "海岸线", "Shoreline segment", GeometryKind.Line,
            Codes("class", "岸线类型", "Shoreline class",
                ("bedrock", "基岩岸线", "Bedrock"), ("sandy", "砂质岸线", "Sandy"),
                ("muddy", "淤泥质岸线", "Muddy"), ("biological", "生物岸线", "Biological"),
                ("estuary", "河口岸线", "Estuary"),
                ("restored", "整治修复岸线", "Restored (natural form and function)"),
                ("artificial", "人工岸线", "Artificial")),
            Codes("use", "利用方式", "Use",
                ("port", "港口", "Port"), ("dike", "海堤", "Dike"), ("reclamation", "围填海", "Reclamation"),
                ("aquaculture", "养殖", "Aquaculture"), ("salt_pan", "盐田", "Salt pan"),
                ("traffic", "交通", "Traffic"), ("groin", "丁坝", "Groin"), ("other", "其他", "Other")),
            new PropertyDefinition("mainland", PropertyType.Boolean, "大陆岸线", "Mainland (false for island coast)"),
            new PropertyDefinition("bay", Text, "海湾", "Bay"),
            new PropertyDefinition("restored_on", Date, "修复日期", "Restored on")),
        Kind(RiverBank, "河湖岸线", "River or lake bank segment", GeometryKind.Line,
            new PropertyDefinition("river", Text, "河湖名称", "River or lake"),
            Codes("side", "岸别", "Side", ("left", "左岸", "Left"), ("right", "右岸", "Right"), ("lake", "湖库岸", "Lake")),
            Codes("zone", "功能分区", "Zone",
                ("protection", "岸线保护区", "Protection zone"), ("reserve", "岸线保留区", "Reserve zone"),
                ("controlled", "岸线控制利用区", "Controlled use zone"),
                ("development", "岸线开发利用区", "Development zone"))),
        Kind(Development, "开发建设", "Development", GeometryKind.Area,
            Codes("dev_type", "开发类型", "Development type",
                ("urban_boundary", "城镇开发边界", "Urban development boundary"),
                ("construction", "建设用地", "Construction land"),
                ("industrial", "工业/产业园区", "Industrial park"), ("port", "港口", "Port"),
                ("reclamation", "围填海", "Reclamation"), ("aquaculture", "养殖", "Aquaculture"),
                ("mining", "采矿", "Mining"), ("energy", "能源", "Energy"),
                ("infrastructure", "基础设施", "Infrastructure"), ("other", "其他", "Other")),
            Codes("status", "状态", "Status",
                ("planned", "规划", "Planned"), ("approved", "已批", "Approved"), ("built", "已建", "Built")),
            new PropertyDefinition("approval", Text, "批准文号", "Approval number")),
        Kind(Farmland, "永久基本农田", "Permanent basic farmland", GeometryKind.Area),
        Kind(Bay, "美丽海湾", "Beautiful bay", GeometryKind.Area,
            Codes("status", "建设状态", "Status",
                ("candidate", "候选", "Candidate"), ("demonstration", "示范", "Demonstration"), ("built", "建成", "Built")),
            new PropertyDefinition("year", Integer, "年份", "Year")),
        Kind(Restoration, "生态修复工程", "Restoration work", GeometryKind.LineOrArea,
            Codes("target", "修复对象", "Target",
                ("shoreline", "岸线", "Shoreline"), ("wetland", "湿地", "Wetland"), ("other", "其他", "Other")),
            new PropertyDefinition("completed", Date, "完成日期", "Completed on")),
        Kind(AdminRegion, "行政区", "Administrative region", GeometryKind.Area,
            Codes("level", "级别", "Level",
                ("province", "省", "Province"), ("city", "市", "City"),
                ("county", "县区", "County"), ("township", "乡镇", "Township"))),
    ];

    public static IReadOnlyList<string> Names { get; } = All.Select(k => k.Name).ToArray();

    public static KindDefinition? Find(string name) => All.FirstOrDefault(k => k.Name == name);

    /// <summary>The code-list entry of <paramref name="code"/> for a kind's property, or null when the list lacks it.</summary>
    public static CodeValue? FindCode(string kind, string property, string code) =>
        Get(kind).FindProperty(property)?.Codes.FirstOrDefault(c => c.Value == code);

    /// <summary>The codes of a kind's property, in code-list order (empty for a property without a list).</summary>
    public static IReadOnlyList<string> CodesOf(string kind, string property) =>
        Get(kind).FindProperty(property)?.Codes.Select(c => c.Value).ToArray() ?? [];

    /// <summary>The kind named <paramref name="name"/>; throws with the list of kinds when unknown.</summary>
    public static KindDefinition Get(string name) =>
        Find(name) ?? throw new UnknownKindException(name);

    private static KindDefinition Kind(string name, string zh, string en, GeometryKind geometry, params PropertyDefinition[] specific) =>
        new(name, zh, en, geometry, [.. CommonProperties, .. specific]);

    private static PropertyDefinition Codes(string name, string zh, string en, params (string Value, string Zh, string En)[] values) =>
        new(name, Code, zh, en, values.Select(v => new CodeValue(v.Value, v.Zh, v.En)).ToArray());
}

public sealed class UnknownKindException(string name)
    : ArgumentException($"unknown kind '{name}'; kinds are: {string.Join(", ", KindCatalog.Names)}")
{
    public string Kind { get; } = name;
}
