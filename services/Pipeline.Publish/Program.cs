using Pipeline.Messaging;
using Pipeline.Publish;
using Pipeline.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("pipeline-publish");
builder.AddPipelineBus(bus => bus.AddPublishStage());

var app = builder.Build();
app.MapDefaultEndpoints();
app.Run();
