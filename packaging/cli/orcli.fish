# fish completion for orcli, the OpenRouter command-line client of OR Studio.
# Installed as /usr/share/fish/vendor_completions.d/orcli.fish.

set -l commands chat compare image models find show key credits generation batch mcp endpoints providers routing history usage help

function __orcli_models
    orcli models --offline --quiet 2>/dev/null | string split -f1 ' '
end

function __orcli_conversations
    echo last
    orcli history list --quiet 2>/dev/null | string trim | string split -f1 ' '
end

function __orcli_model_position
    # True while completing the first argument after chat or image.
    set -l tokens (commandline -opc)
    set -l seen 0
    set -l skip 0
    for t in $tokens[2..-1]
        if test $skip -eq 1
            set skip 0
            continue
        end
        switch $t
            case --format -F --base-url --timeout --max-time --retries --data-dir --continue --system -s --max-tokens -m --temperature -t --top-p --seed --stop --reasoning-effort --image --file --models --provider-sort --provider-order --provider-only --provider-ignore --max-price-prompt --max-price-completion --quantizations --routing --schema --output -o --aspect -a --size -z --background -b --count --quality --output-format --api --info --max-cost --since --by --origin
                set skip 1
            case '-*'
            case '*'
                set seen (math $seen + 1)
        end
    end
    test $seen -eq 1
end

# Global options
complete -c orcli -s F -l format -x -a 'text json ndjson md csv' -d 'Output format'
complete -c orcli -l base-url -x -d 'API base URL'
complete -c orcli -l timeout -x -d 'Idle timeout in seconds'
complete -c orcli -l max-time -x -d 'Overall limit of one call in seconds'
complete -c orcli -l retries -x -d 'Retries of transient failures'
complete -c orcli -l data-dir -x -a '(__fish_complete_directories)' -d 'Data folder of the conversations and the ledger'
complete -c orcli -s q -l quiet -d 'Errors only on stderr'
complete -c orcli -s v -l verbose -d 'Log requests and responses (key redacted)'
complete -c orcli -l dry-run -d 'Print the request and send nothing'
complete -c orcli -s h -l help -d 'Show help'
complete -c orcli -s V -l version -d 'Show the version'

# Commands
complete -c orcli -f -n "not __fish_seen_subcommand_from $commands" -a chat -d 'Send a prompt and print the reply'
complete -c orcli -f -n "not __fish_seen_subcommand_from $commands" -a compare -d 'One prompt to several models at once'
complete -c orcli -f -n "not __fish_seen_subcommand_from $commands" -a image -d 'Generate images and save them'
complete -c orcli -f -n "not __fish_seen_subcommand_from $commands" -a models -d 'List models'
complete -c orcli -f -n "not __fish_seen_subcommand_from $commands" -a find -d 'Find models by id or name'
complete -c orcli -f -n "not __fish_seen_subcommand_from $commands" -a show -d 'Show everything about one model'
complete -c orcli -f -n "not __fish_seen_subcommand_from $commands" -a key -d 'Show the API key budget'
complete -c orcli -f -n "not __fish_seen_subcommand_from $commands" -a credits -d 'Show credits and balance'
complete -c orcli -f -n "not __fish_seen_subcommand_from $commands" -a generation -d 'Show the cost of a past call'
complete -c orcli -f -n "not __fish_seen_subcommand_from $commands" -a batch -d 'Run requests from a JSONL file'
complete -c orcli -f -n "not __fish_seen_subcommand_from $commands" -a mcp -d 'MCP servers; serve orcli as one'
complete -c orcli -f -n "not __fish_seen_subcommand_from $commands" -a endpoints -d 'Show who serves a model'
complete -c orcli -f -n "not __fish_seen_subcommand_from $commands" -a providers -d 'List the providers'
complete -c orcli -f -n "not __fish_seen_subcommand_from $commands" -a routing -d 'Routing profiles'
complete -c orcli -f -n "not __fish_seen_subcommand_from $commands" -a history -d 'Saved conversations'
complete -c orcli -f -n "not __fish_seen_subcommand_from $commands" -a usage -d 'Show what was spent'
complete -c orcli -f -n "not __fish_seen_subcommand_from $commands" -a help -d 'Show help for a command'
complete -c orcli -f -n "__fish_seen_subcommand_from help" -a "$commands"

# Model ids for chat, image and show
complete -c orcli -f -n "__fish_seen_subcommand_from chat image show endpoints; and __orcli_model_position" -a '(__orcli_models)'

# compare: every argument is a target (model or model@provider)
set -l compare "__fish_seen_subcommand_from compare"
complete -c orcli -f -n $compare -a '(__orcli_models)'
complete -c orcli -n $compare -s p -l prompt -x -d 'The prompt (else stdin)'
complete -c orcli -n $compare -s s -l system -x -d 'System prompt'
complete -c orcli -n $compare -l runs -x -d 'Repeat N times, report medians'
complete -c orcli -n $compare -l file -r -F -d 'Attach a PDF or text file'
complete -c orcli -n $compare -l history -d 'Save each answer as a conversation'
complete -c orcli -n $compare -s m -l max-tokens -x -d 'Maximum tokens'
complete -c orcli -n $compare -s t -l temperature -x -d 'Temperature (0-2)'
complete -c orcli -n $compare -l top-p -x -d 'Nucleus sampling'
complete -c orcli -n $compare -l seed -x -d 'Seed'
complete -c orcli -n $compare -l stop -x -d 'Stop sequence'
complete -c orcli -n $compare -l reasoning-effort -x -a 'max xhigh high medium low minimal none' -d 'Reasoning effort'
complete -c orcli -n $compare -l web -d 'Add web search results'

# chat
set -l chat "__fish_seen_subcommand_from chat"
complete -c orcli -n $chat -s s -l system -x -d 'System prompt'
complete -c orcli -n $chat -s m -l max-tokens -x -d 'Maximum tokens'
complete -c orcli -n $chat -s t -l temperature -x -d 'Temperature (0-2)'
complete -c orcli -n $chat -s j -l json -d 'Ask for a JSON object'
complete -c orcli -n $chat -l schema -r -F -d 'JSON Schema file'
complete -c orcli -n $chat -l top-p -x -d 'Nucleus sampling'
complete -c orcli -n $chat -l seed -x -d 'Seed'
complete -c orcli -n $chat -l stop -x -d 'Stop sequence'
complete -c orcli -n $chat -l reasoning-effort -x -a 'max xhigh high medium low minimal none' -d 'Reasoning effort'
complete -c orcli -n $chat -l show-reasoning -d 'Print reasoning on stderr'
complete -c orcli -n $chat -l image -r -F -d 'Attach an image file or URL'
complete -c orcli -n $chat -l file -r -F -d 'Attach a PDF or text file'
complete -c orcli -n $chat -l web -d 'Add web search results'
complete -c orcli -n $chat -l stream -d 'Stream the reply'
complete -c orcli -n $chat -l no-stream -d 'One complete response'
complete -c orcli -n $chat -l continue -x -a '(__orcli_conversations)' -d 'Go on with a saved conversation'
complete -c orcli -n $chat -l no-history -d 'Do not save this chat in the history'

# image
set -l image "__fish_seen_subcommand_from image"
complete -c orcli -n $image -s o -l output -r -F -d 'Output file'
complete -c orcli -n $image -s a -l aspect -x -a '1:1 2:3 3:2 3:4 4:3 4:5 5:4 9:16 16:9 21:9' -d 'Aspect ratio'
complete -c orcli -n $image -s z -l size -x -a '1K 2K 4K' -d 'Image size'
complete -c orcli -n $image -s b -l background -x -a 'auto transparent opaque' -d 'Background'
complete -c orcli -n $image -l count -x -d 'Number of images'
complete -c orcli -n $image -l image -r -F -d 'Input image file or URL'
complete -c orcli -n $image -l seed -x -d 'Seed'
complete -c orcli -n $image -l quality -x -a 'auto low medium high' -d 'Images API quality'
complete -c orcli -n $image -l output-format -x -a 'png jpeg webp' -d 'Images API output format'
complete -c orcli -n $image -l api -x -a 'auto chat images' -d 'Which API'
complete -c orcli -n $image -l info -r -F -d 'Print the generation details stored in an image'
complete -c orcli -n "__fish_seen_subcommand_from image models find show" -l offline -d 'Cached catalogue only'
complete -c orcli -n "__fish_seen_subcommand_from image models find show" -l refresh -d 'Fetch the catalogue now'

# models and find
set -l models "__fish_seen_subcommand_from models"
complete -c orcli -f -n $models -a 'vision image_gen tools long_context reasoning structured audio file free'
complete -c orcli -n $models -l free -d 'Only free models'
complete -c orcli -n $models -l max-price -x -d 'Highest prompt price (USD/M)'
complete -c orcli -n $models -l min-context -x -d 'Smallest context length'
complete -c orcli -n $models -l author -x -d 'Author slug'
complete -c orcli -n "__fish_seen_subcommand_from models find" -l sort -x -a 'name price context created newest expiring' -d 'Sort key'
complete -c orcli -n "__fish_seen_subcommand_from models find" -l desc -d 'Reverse the sort'
complete -c orcli -n $models -l changes -d 'What changed in the catalogue'
complete -c orcli -n $models -l since -x -a '1d 7d 2w 30d' -d 'With --changes: since when'
complete -c orcli -n $models -l expiring -d 'Only models expiring within DAYS days (30)'
complete -c orcli -n "__fish_seen_subcommand_from models find" -l limit -x -d 'At most N'

# routing flags: chat, batch, and what orcli routing save stores
set -l routed "__fish_seen_subcommand_from chat batch routing"
complete -c orcli -n $routed -l provider-order -x -d 'Providers to try first, comma-separated'
complete -c orcli -n $routed -l provider-only -x -d 'Allow only these providers'
complete -c orcli -n $routed -l provider-ignore -x -d 'Never these providers'
complete -c orcli -n $routed -l no-fallbacks -d 'No other provider when the listed ones fail'
complete -c orcli -n $routed -l provider-sort -x -a 'price throughput latency' -d 'Provider routing'
complete -c orcli -n $routed -l zdr -d 'Only zero-data-retention endpoints'
complete -c orcli -n $routed -l deny-data-collection -d 'Only providers that do not collect data'
complete -c orcli -n $routed -l max-price-prompt -x -d 'Highest prompt price, USD per 1M tokens'
complete -c orcli -n $routed -l max-price-completion -x -d 'Highest completion price, USD per 1M tokens'
complete -c orcli -n $routed -l quantizations -x -a 'int4 int8 fp4 fp6 fp8 fp16 bf16 fp32 unknown' -d 'Allowed quantizations'
complete -c orcli -n $routed -l require-parameters -d 'Only providers that support every parameter'
complete -c orcli -n $routed -l models -x -d 'Fallback models, comma-separated'
complete -c orcli -n "__fish_seen_subcommand_from chat batch" -l routing -x -a '(orcli routing list --quiet 2>/dev/null | string split -f1 " ")' -d 'Routing profile'
set -l routing_actions list save remove
complete -c orcli -f -n "__fish_seen_subcommand_from routing; and not __fish_seen_subcommand_from $routing_actions" -a "$routing_actions"

# batch
set -l batch "__fish_seen_subcommand_from batch"
complete -c orcli -n $batch -s o -l output -r -F -d 'Results file (resumable)'
complete -c orcli -n $batch -l concurrency -x -d 'Requests in flight'
complete -c orcli -n $batch -l model -x -a '(__orcli_models)' -d 'Model for lines without one'
complete -c orcli -n $batch -l progress -d 'Show the progress bar'

# spending: chat, image, batch and compare
set -l spending "__fish_seen_subcommand_from chat image batch compare"
complete -c orcli -n $spending -l estimate -d 'Print the estimated cost and send nothing'
complete -c orcli -n $spending -l max-cost -x -d 'Refuse or stop above this cost, USD (exit 8)'
complete -c orcli -n $spending -l over-budget -d 'Send even when the budget is used up'

# usage
set -l usage "__fish_seen_subcommand_from usage"
complete -c orcli -f -n $usage -l since -x -a '1d 7d 30d 3m' -d 'Since 7d, 24h, 2w, 3m or a date'
complete -c orcli -f -n $usage -l by -x -a 'day model provider' -d 'Group by'
complete -c orcli -f -n $usage -l origin -x -a 'app cli' -d 'Only the app or orcli'

# mcp
set -l mcp "__fish_seen_subcommand_from mcp"
set -l mcp_actions list tools add import remove enable disable serve
complete -c orcli -f -n "$mcp; and not __fish_seen_subcommand_from $mcp_actions" -a "$mcp_actions"
complete -c orcli -f -n "$mcp; and __fish_seen_subcommand_from tools remove enable disable" -a '(orcli mcp list --quiet 2>/dev/null | string split -f1 " ")'
complete -c orcli -n $mcp -l url -x -d 'Streamable HTTP URL of the server'
complete -c orcli -n $mcp -l header -x -d 'HTTP header "Name: value"'
complete -c orcli -n $mcp -l env -x -d 'Environment variable NAME=VALUE'
complete -c orcli -n $mcp -l disabled -d 'Save the server disabled'
complete -c orcli -n $mcp -l token-stdin -d 'Read a bearer token from stdin into the keychain'
complete -c orcli -n $mcp -l config -r -F -d 'MCP servers file'

# history
set -l hist "__fish_seen_subcommand_from history"
set -l hist_actions list show search export rm
complete -c orcli -f -n "$hist; and not __fish_seen_subcommand_from $hist_actions" -a "$hist_actions"
complete -c orcli -f -n "$hist; and __fish_seen_subcommand_from show export rm" -a '(__orcli_conversations)'
complete -c orcli -n $hist -l limit -x -d 'At most N conversations or matches'
complete -c orcli -n $hist -l to -x -a 'md json' -d 'Export format'
complete -c orcli -n $hist -s o -l output -r -F -d 'Export to a file'
