namespace ProtoPython.Objects;

/// <summary>
/// A writable one-dimensional buffer exported by a type outside this assembly (array.array), so
/// memoryview, bytes(), file writes and every <see cref="BytesLike"/> caller see it as bytes-like.
/// Items are <see cref="ExportItemSize"/> bytes of struct format <see cref="ExportFormat"/>, packed
/// from offset 0 of <see cref="ExportBuffer"/>. While <see cref="Exports"/> is non-zero (a live
/// memoryview) the exporter must not change size, as CPython's ob_exports.
/// </summary>
public interface IBufferExporter
{
    /// <summary>The backing array (may be longer than <see cref="ExportLength"/>); refetched on each use.</summary>
    byte[] ExportBuffer { get; }

    /// <summary>The length of the exported data, in bytes.</summary>
    int ExportLength { get; }

    string ExportFormat { get; }

    int ExportItemSize { get; }

    int Exports { get; set; }
}
