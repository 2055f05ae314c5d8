using System.CodeDom.Compiler;
using System.Collections.Generic;
using System.IO;

namespace Enefit.DataClassification.Analyzers.Generator;

/// <summary>
/// Writes C# text with four-space indentation and <c>\n</c> line ends, whatever the machine, so that generated files
/// are the same everywhere (and golden files compare exactly). Blank lines carry no trailing spaces.
/// </summary>
internal sealed class SourceWriter
{
    private readonly StringWriter _text = new();
    private readonly IndentedTextWriter _writer;

    public SourceWriter()
    {
        _text.NewLine = "\n";
        _writer = new IndentedTextWriter(_text, "    ") { NewLine = "\n" };
    }

    public void Line(string line) => _writer.WriteLine(line);

    /// <summary>
    /// Writes a statement whose expression joins <paramref name="operands"/> with <c>+</c>: the first after
    /// <paramref name="head"/>, each other on a line of its own, indented one level further, and
    /// <paramref name="tail"/> after the last.
    /// </summary>
    public void Continued(string head, IReadOnlyList<string> operands, string tail)
    {
        _writer.Write(head + operands[0]);
        _writer.Indent++;
        for (var i = 1; i < operands.Count; i++)
        {
            _writer.WriteLine();
            _writer.Write("+ " + operands[i]);
        }

        _writer.WriteLine(tail);
        _writer.Indent--;
    }

    public void BlankLine() => _writer.WriteLineNoTabs(string.Empty);

    /// <summary>Writes <paramref name="header"/> and an opening brace, and indents what follows.</summary>
    public void Open(string header)
    {
        _writer.WriteLine(header);
        _writer.WriteLine("{");
        _writer.Indent++;
    }

    /// <summary>Closes the innermost block; <paramref name="suffix"/> follows the brace, as in <c>};</c>.</summary>
    public void Close(string suffix = "")
    {
        _writer.Indent--;
        _writer.WriteLine("}" + suffix);
    }

    public override string ToString() => _text.ToString();
}
