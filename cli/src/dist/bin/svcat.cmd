@echo off
rem svcat launcher (Windows). Uses %JAVA_HOME%\bin\java.exe when set, else java on the PATH.
rem Extra JVM options may be given in SVCAT_OPTS (they come last, so they win). Defaults as in
rem bin/svcat (see there and docs/performance.md for why): for a catalog of 20,000 YAML files or
rem more (the first named on the command line, else .\catalog or the current folder), a release of
rem 20,000 files (svcat verify) or a workbook over 5 MB (svcat import), the parallel collector and
rem the optimising JIT compiler alone; otherwise the serial collector and the quick JIT compiler on
rem one thread; no collector of ours when SVCAT_OPTS picks one; whatever the catalog and the
rem collector, a first metadata threshold of 64 MB (-XX:MetaspaceSize); lib\svcat.jsa when present.
setlocal
set "APP_HOME=%~dp0.."
rem no Java is a usage error (exit 2) with a word on what to do, as bin/svcat says it; goto, not
rem blocks: a JAVA_HOME under "Program Files (x86)" would close a block at its parenthesis
if defined JAVA_HOME goto java_home
set "JAVA=java"
where java >nul 2>nul && goto java_found
set "MISSING=path"
goto no_java
:java_home
set "JAVA=%JAVA_HOME%\bin\java.exe"
if exist "%JAVA%" goto java_found
set "MISSING=home"
goto no_java
:java_found
call :large %* catalog .
if errorlevel 1 goto small
set "GC=-XX:+UseParallelGC -XX:MaxNewSize=256m -XX:MaxTenuringThreshold=0 -Xms1g"
set "JIT=-XX:-TieredCompilation -XX:CompileCommand=quiet -XX:CompileCommand=exclude,jdk.internal.org.objectweb.asm.*::*"
goto options
:small
set "GC=-XX:+UseSerialGC"
set "JIT=-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1"
:options
rem no collector of ours when SVCAT_OPTS names one; goto, not a block, for the same reason as
rem above: a parenthesis in SVCAT_OPTS (a path in an option) would close the block
if not defined SVCAT_OPTS goto meta
echo(%SVCAT_OPTS%| findstr /c:"GC" >nul && set "GC="
:meta
set "META=-XX:MetaspaceSize=64m"
set "CDS="
rem the archive's path in quotes: the distribution may sit in a folder whose name has a space
if exist "%APP_HOME%\lib\svcat.jsa" set CDS="-XX:SharedArchiveFile=%APP_HOME%\lib\svcat.jsa" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off
"%JAVA%" %GC% %META% %JIT% %CDS% %SVCAT_OPTS% -cp "%APP_HOME%\lib\*" org.svcat.cli.Main %*
exit /b %ERRORLEVEL%

:large
rem errorlevel 0 when the first of the arguments that is a workbook (.xlsx, .xls, .csv: over 5 MB),
rem a catalog (catalog.yaml: 20,000 YAML files) or a release (manifest.json: 20,000 files) is large,
rem else 1; cmd splits --out=DIR into two arguments, which does no harm here
if "%~1"=="" exit /b 1
if not exist "%~1" goto large_next
if /i "%~x1"==".xlsx" goto large_book
if /i "%~x1"==".xls" goto large_book
if /i "%~x1"==".csv" goto large_book
if exist "%~1\catalog.yaml" goto large_catalog
if exist "%~1\manifest.json" goto large_release
:large_next
shift
goto large
:large_book
rem a folder of that name is no workbook: its attributes begin with d
set "ATTR=%~a1"
if /i "%ATTR:~0,1%"=="d" goto large_next
if %~z1 GTR 5120000 exit /b 0
exit /b 1
:large_catalog
call :at_least_20000 "%~1" "*.yaml"
exit /b %ERRORLEVEL%
:large_release
call :at_least_20000 "%~1" "*"
exit /b %ERRORLEVEL%

:at_least_20000
rem errorlevel 0 when the folder (first argument) holds 20,000 files or more that match the
rem pattern (second), at any depth; dir lists them all (no early stop as in bin/svcat)
set "COUNT=0"
for /f %%n in ('dir /s /b /a-d "%~1\%~2" 2^>nul ^| find /c /v ""') do set "COUNT=%%n"
if %COUNT% GEQ 20000 exit /b 0
exit /b 1

:no_java
rem the Chinese lines are read as UTF-8 (this file's encoding) only once the console's code page is
rem 65001; the code page before is the last word of chcp's output (some languages end it in a dot)
for /f "tokens=*" %%a in ('chcp') do for %%b in (%%a) do set "CODEPAGE=%%b"
set "CODEPAGE=%CODEPAGE:.=%"
chcp 65001 >nul
if "%MISSING%"=="home" goto no_java_home
>&2 echo svcat: no java on the PATH; install Java 17 or newer, or set JAVA_HOME /
>&2 echo PATH 中没有 java，请安装 Java 17 或更高版本，或设置 JAVA_HOME
goto no_java_end
:no_java_home
>&2 echo svcat: JAVA_HOME "%JAVA_HOME%" has no bin\java.exe; set it to a Java 17 or newer /
>&2 echo JAVA_HOME "%JAVA_HOME%" 下没有 bin\java.exe，请设为 Java 17 或更高版本
:no_java_end
chcp %CODEPAGE% >nul
exit /b 2
