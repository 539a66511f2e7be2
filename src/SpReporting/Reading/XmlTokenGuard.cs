using SpReporting.Validation;

namespace SpReporting.Reading;

/// <summary>
/// Counts the bytes of each XML tag and of each text between tags as an .xlsx part is read, and refuses
/// the part (FIL002) once one is longer than the limit, before the XML reader would hold it whole: one
/// giant shared string or attribute must not cost gigabytes. A comment, CDATA section or processing
/// instruction is one token from its start to its end, whatever it holds. Elements nested deeper than
/// the limit are refused too, since the XML reader keeps a node for every open element
/// (docs/validation.md, "Reading").
/// </summary>
internal sealed class XmlTokenGuard(Stream inner, int maxTokenBytes, int maxDepth) : ReadOnlyCheckingStream(inner)
{
    private enum Tag { None, Start, Open, Close, Declaration, Bang, CommentOrCdata, Instruction }

    private Tag _tag;
    private byte _quote;
    private byte _previous;
    private byte _beforePrevious;
    private int _token;
    private int _depth;

    protected override void Check(ReadOnlySpan<byte> read, int requested)
    {
        foreach (var b in read)
        {
            Step(b);
            _beforePrevious = _previous;
            _previous = b;
        }
    }

    private void Step(byte b)
    {
        switch (_tag)
        {
            case Tag.None:
                if (b == '<') { _tag = Tag.Start; _token = 0; }
                break;
            case Tag.Start:
                _tag = b switch { (byte)'/' => Tag.Close, (byte)'!' => Tag.Bang, (byte)'?' => Tag.Instruction, _ => Tag.Open };
                if (_tag == Tag.Open && b == '>') { EndTag(); return; }
                break;
            case Tag.Bang:
                // <!-- comment --> and <![CDATA[ ... ]]> end only at their own closing marks; <!DOCTYPE …> at '>'.
                _tag = b is (byte)'-' or (byte)'[' ? Tag.CommentOrCdata : Tag.Declaration;
                if (_tag == Tag.Declaration && b == '>') { _tag = Tag.None; _token = 0; return; }
                break;
            case Tag.CommentOrCdata:
                if (b == '>' && ((_previous == '-' && _beforePrevious == '-') || (_previous == ']' && _beforePrevious == ']')))
                {
                    _tag = Tag.None;
                    _token = 0;
                    return;
                }
                break;
            case Tag.Instruction:
                if (b == '>' && _previous == '?') { _tag = Tag.None; _token = 0; return; }
                break;
            default:
                if (_quote != 0) { if (b == _quote) { _quote = 0; } }
                else if (b is (byte)'"' or (byte)'\'') { _quote = b; }
                else if (b == '>') { EndTag(); return; }
                break;
        }
        if (++_token > maxTokenBytes)
        {
            throw new ReadFailure(FindingCodes.TooLarge,
                "The workbook holds a cell or a part longer than Excel allows (32,767 characters in a cell). Please save it again from the template.");
        }
    }

    private void EndTag()
    {
        if (_tag == Tag.Close) { _depth--; }
        else if (_tag == Tag.Open && _previous != '/' && ++_depth > maxDepth)
        {
            throw new ReadFailure(FindingCodes.TooLarge,
                $"The workbook's content is nested more than {maxDepth} levels deep, which Excel never writes. Please save it again from the template.");
        }
        _tag = Tag.None;
        _token = 0;
    }
}
