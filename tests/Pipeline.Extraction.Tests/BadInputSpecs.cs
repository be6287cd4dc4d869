using static Pipeline.Extraction.Tests.Fixtures;

namespace Pipeline.Extraction.Tests;

public class When_the_input_cannot_be_read
{
    [Fact]
    public void Should_refuse_an_empty_file() => Assert.Equal(ExtractionErrorCodes.Empty, Refusal([]).Code);

    [Fact]
    public void Should_refuse_an_image_by_name()
    {
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 1, 0];
        var error = Refusal(png, "holiday.txt", "text/plain");
        Assert.Equal(ExtractionErrorCodes.Unsupported, error.Code);
        Assert.Contains("PNG image", error.Message);
    }

    [Fact]
    public void Should_refuse_unknown_binary()
    {
        var noise = new byte[4096];
        new Random(7).NextBytes(noise);
        Assert.Equal(ExtractionErrorCodes.Unsupported, Refusal(noise).Code);
    }

    [Fact]
    public void Should_refuse_a_legacy_office_binary_as_unsupported()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[2048]];
        Assert.Equal(ExtractionErrorCodes.Unsupported, Refusal(ole).Code);
    }

    [Fact]
    public void Should_refuse_a_password_protected_office_file_as_encrypted()
    {
        // Office puts an encrypted DOCX in an OLE container with an "EncryptedPackage" stream.
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[1024], .. System.Text.Encoding.Unicode.GetBytes("EncryptedPackage"), .. new byte[1024]];
        Assert.Equal(ExtractionErrorCodes.Encrypted, Refusal(ole, "secret.docx").Code);
    }

    [Fact]
    public void Should_refuse_a_file_above_the_size_limit_before_reading_it()
    {
        var options = new ExtractionOptions { MaxInputBytes = 1000 };
        var error = Refusal(new byte[1001], options: options);
        Assert.Equal(ExtractionErrorCodes.TooLarge, error.Code);
        Assert.Contains("MaxInputBytes", error.Message);
    }

    [Fact]
    public void Should_refuse_an_rtf_document_by_name() =>
        Assert.Contains("RTF", Refusal(Utf8("{\\rtf1\\ansi Hello}")).Message);
}
