@echo off
rem Runs svcat from this checkout (Windows). Builds the distribution with the Maven wrapper on first
rem use; after changing the sources, run: mvnw.cmd -q -Dmaven.test.skip=true package -pl cli -am
setlocal
set "ROOT=%~dp0"
if not exist "%ROOT%cli\target\svcat\bin\svcat.cmd" (
  echo svcat: building the tool on first use... 1>&2
  pushd "%ROOT%"
  call mvnw.cmd -B -q -Dmaven.test.skip=true -Dspotless.check.skip=true -Djacoco.skip=true -Denforcer.skip=true package -pl cli -am 1>&2
  if errorlevel 1 (popd & exit /b 3)
  popd
)
call "%ROOT%cli\target\svcat\bin\svcat.cmd" %*
exit /b %ERRORLEVEL%
