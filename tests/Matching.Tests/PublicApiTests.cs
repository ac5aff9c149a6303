using System.Reflection;
using Xunit;

namespace Matching.Tests;

/// <summary>
/// The public surface of the Matching assembly, approved: a change to it fails this test until
/// PublicApi.approved.txt is updated in the same change, so it shows up in review.
/// </summary>
public class PublicApiTests
{
    [Fact]
    public void PublicSurface_Matching_EqualsTheApprovedList()
    {
        var actual = Describe(typeof(Matcher).Assembly);
        var approvedPath = RepositoryFiles.Path("tests", "Matching.Tests", "PublicApi.approved.txt");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : "";
        if (approved != actual)
        {
            File.WriteAllText(RepositoryFiles.Path("tests", "Matching.Tests", "PublicApi.received.txt"), actual);
            Assert.Fail($"The public API changed. Review PublicApi.received.txt beside {approvedPath} and copy it over the approved file if the change is intended.");
        }
    }

    internal static string Describe(Assembly assembly)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var output = new List<string>();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            var kind = type.IsEnum ? "enum" : type.IsInterface ? "interface" : type.IsValueType ? "struct" : type.IsAbstract && type.IsSealed ? "static class" : "class";
            output.Add($"{kind} {type.FullName}");
            var members = new List<string>();
            foreach (var m in type.GetMembers(flags))
            {
                if (m is MethodInfo { IsSpecialName: true } or FieldInfo { IsSpecialName: true }) continue;
                if (m.Name is "<Clone>$" or "EqualityContract" or "Deconstruct") continue;
                var text = m switch
                {
                    ConstructorInfo c => $".ctor({Params(c.GetParameters())})",
                    MethodInfo mi => $"{(mi.IsStatic ? "static " : "")}{Name(mi.ReturnType)} {mi.Name}({Params(mi.GetParameters())})",
                    PropertyInfo p => $"{Name(p.PropertyType)} {p.Name} {{ {(p.GetMethod?.IsPublic == true ? "get; " : "")}{(p.SetMethod?.IsPublic == true ? (p.SetMethod.ReturnParameter.GetRequiredCustomModifiers().Any(t => t.Name == "IsExternalInit") ? "init; " : "set; ") : "")}}}",
                    FieldInfo f => type.IsEnum ? $"{f.Name} = {Convert.ToInt64(f.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture)}" : $"{(f.IsStatic ? "static " : "")}{Name(f.FieldType)} {f.Name}",
                    EventInfo e => $"event {Name(e.EventHandlerType!)} {e.Name}",
                    _ => null,
                };
                if (text is not null) members.Add("  " + text);
            }
            members.Sort(StringComparer.Ordinal);
            output.AddRange(members);
        }
        return string.Join("\n", output) + "\n";
    }

    private static string Params(ParameterInfo[] ps) => string.Join(", ", ps.Select(p => $"{Name(p.ParameterType)} {p.Name}"));

    private static string Name(Type t)
    {
        if (t.IsGenericType)
        {
            var name = t.Name[..t.Name.IndexOf('`')];
            return $"{t.Namespace}.{name}<{string.Join(", ", t.GetGenericArguments().Select(Name))}>";
        }
        return t.IsArray ? Name(t.GetElementType()!) + "[]" : t.FullName ?? t.Name;
    }
}
